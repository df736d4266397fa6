import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { openFolioAndFixtures } from './support/session';

/**
 * A large library in the real library page: every article can be reached by scrolling (no cap),
 * while only the rows near the view are in the document.
 */

let folio: FolioBrowser;
openFolioAndFixtures((launched) => {
  folio = launched;
});

const ARTICLES = 1200;

describe('a library of 1,200 articles', () => {
  it('scrolls to its oldest article, with only the rows in view in the page, and search finds any of them', async () => {
    await folio.serviceWorker.evaluate(async (count) => {
      const { db } = (
        globalThis as unknown as { folio: { db: { articles: { bulkAdd(records: unknown[]): Promise<unknown> } } } }
      ).folio;
      const day = 24 * 60 * 60 * 1000;
      await db.articles.bulkAdd(
        Array.from({ length: count }, (_, i) => ({
          id: `article-${i}`,
          url: `https://example.com/essay-${i}`,
          title: `Essay number ${i}`,
          siteName: 'Example',
          tags: i % 100 === 0 ? ['hundreds'] : [],
          createdAt: 1_700_000_000_000 + i * day,
          updatedAt: 1_700_000_000_000 + i * day,
        })),
      );
    }, ARTICLES);
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.locator('.library-virtual .library-item').first().waitFor();
    const rendered = () => library.locator('.library-item').count();
    expect(await library.locator('.library-item').first().textContent()).toContain(`Essay number ${ARTICLES - 1}`);
    expect(await rendered()).toBeLessThan(60);
    expect(await library.locator('.library-item').first().getAttribute('aria-setsize')).toBe(String(ARTICLES));

    // To the bottom of the page: the oldest article is there (the old list stopped at 500).
    await expect
      .poll(
        async () => {
          await library.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return library.getByRole('link', { name: 'Essay number 0', exact: true }).count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(await rendered()).toBeLessThan(60);

    await library.evaluate(() => window.scrollTo(0, 0));
    await library.getByLabel('Search').fill('Essay number 617');
    await expect
      .poll(() => library.locator('.library-item').allTextContents())
      .toEqual([expect.stringContaining('Essay number 617')]);
    await library.close();
  });
});
