import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { clickInReader, selectInReader } from './support/reader-actions';
import { readerOpen, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';
import { storeArticle } from './support/stored-articles';

/**
 * The toolbar popup's real buttons. Playwright cannot open the browser's popup, so the popup page
 * is opened as a tab of its own, told which tab it is over (?tab=, as the toolbar's popup knows
 * from its window), and pressed as a user would.
 */
let folio: FolioBrowser;
let server: FixtureServer;
openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  return folio.serviceWorker.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    const [tab] = await chrome.tabs.query({ url: u });
    return tab?.id as number;
  }, url);
}

/** The popup over `target`, opened by the extension (so that its window.close() closes it). */
async function openPopupOver(target: Page): Promise<Page> {
  const tabId = await tabIdOf(target);
  const [popup] = await Promise.all([
    folio.context.waitForEvent('page'),
    folio.serviceWorker.evaluate(
      (url) =>
        (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<unknown> } } }).chrome.tabs.create({
          url,
          active: false,
        }),
      `chrome-extension://${folio.extensionId}/popup.html?tab=${tabId}`,
    ),
  ]);
  await popup.waitForLoadState();
  return popup;
}

describe('the toolbar popup', () => {
  it('Open reader opens the reader on the page and closes the popup', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    const popup = await openPopupOver(page);
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Open reader' }).click();
    await closed;
    expect(await waitForReader(page, (root) => root.querySelector('.folio-title')?.textContent)).toBe(
      '关于提升青年读书习惯的几点思考',
    );
    await page.close();
  });

  it('says in words why the reader cannot open on a browser page, and stays open', async () => {
    const page = await folio.context.newPage(); // about:blank
    await page.goto(`chrome-extension://${folio.extensionId}/options.html`);
    const popup = await openPopupOver(page);
    await popup.getByRole('button', { name: 'Open reader' }).click();
    // Which of the two reasons depends on the error the browser gives (Chromium 150 refuses the
    // script injection as a closed page; other builds as a page Folio cannot run on).
    await expect
      .poll(() => popup.getByRole('alert').textContent())
      .toMatch(/doesn't let Folio into this page|Folio can't run on this page/);
    expect(popup.isClosed()).toBe(false);
    expect(await readerOpen(page)).toBe(false);
    await popup.close();
    await page.close();
  });

  it('counts the page’s highlights and shows them on the page, with how many it showed', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-news.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await selectInReader(page, '晚间到馆人数比以往增加了近一倍');
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    await waitForReader(page, (root) => root.querySelector('.folio-badge')?.textContent === '1');
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader'); // close

    const popup = await openPopupOver(page);
    await expect.poll(() => popup.getByText('Highlights on this page: 1').count()).toBe(1);
    await popup.getByRole('button', { name: 'Show highlights on this page' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('1 highlight shown on the page.');
    const painted = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((hl) =>
        [...hl].map((r) => r.toString()),
      ),
    );
    expect(painted).toEqual(['晚间到馆人数比以往增加了近一倍']);
    await popup.close();
    await page.close();
  });

  it('Always open the reader on this site: the reader opens by itself on the next page load, until turned off', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-news.html'));
    const popup = await openPopupOver(page);
    const toggle = popup.getByLabel(`Always open the reader on ${new URL(server.origin).host}`);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click(); // asks for the site's permission first, then shows the new state
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await popup.close();

    await page.reload();
    await expect.poll(() => readerOpen(page), { timeout: 10_000 }).toBe(true);
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);

    const again = await openPopupOver(page);
    const off = again.getByLabel(`Always open the reader on ${new URL(server.origin).host}`);
    await expect.poll(() => off.isChecked()).toBe(true);
    await off.click();
    await expect.poll(() => off.isChecked()).toBe(false);
    await again.close();
    await page.reload();
    await page.waitForTimeout(800);
    expect(await readerOpen(page)).toBe(false);
    await page.close();
  });

  it('Continue reading: the article last left half-read, opened where its reader offers to go back there', async () => {
    const longRead = await storeArticle(folio.serviceWorker, {
      url: 'https://essays.example/a-long-read',
      title: 'A long read',
      content: Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i + 1} of a long read, taken slowly.</p>`).join(''),
      lang: 'en',
    });
    const markedUrl = server.url('en-article.html');
    await folio.serviceWorker.evaluate(async (url) => {
      const { service } = (
        globalThis as unknown as { folio: { service: { createHighlight(a: unknown, d: unknown): Promise<unknown> } } }
      ).folio;
      await service.createHighlight(
        { url, title: 'Marked, not saved' },
        {
          target: { selector: [{ type: 'TextQuoteSelector', exact: 'the', prefix: '', suffix: '' }] },
          color: 'yellow',
          note: '',
          tags: [],
        },
      );
    }, markedUrl);
    const setPlaces = (places: Record<string, { fraction: number; savedAt: number }>) =>
      folio.serviceWorker.evaluate(
        (readingPositions) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
          ).chrome.storage.local.set({ readingPositions }),
        places,
      );
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    try {
      // Nothing begun: nothing offered.
      await setPlaces({});
      let popup = await openPopupOver(page);
      await popup.getByRole('button', { name: 'Open library' }).waitFor();
      expect(await popup.getByText('Continue reading').count()).toBe(0);
      await popup.close();

      // The most recently read of those begun and not finished, in the library; a page read and
      // never saved, and an article read to the end, are passed over.
      const now = Date.now();
      await setPlaces({
        'https://essays.example/a-long-read': { fraction: 0.42, savedAt: now - 3000 },
        [markedUrl]: { fraction: 0.3, savedAt: now - 2000 },
        'https://never-saved.example/': { fraction: 0.5, savedAt: now },
      });
      popup = await openPopupOver(page);
      const offered = popup.getByRole('region', { name: 'Continue reading' }).getByRole('button');
      await expect.poll(() => offered.textContent()).toBe('Marked, not saved30% read');
      // Reached by keyboard and named for screen readers: axe finds nothing serious with it shown.
      expect(await seriousViolations(popup)).toEqual([]);
      // Not saved whole: it opens at its address.
      let opened = folio.context.waitForEvent('page');
      await offered.click();
      expect((await opened).url()).toBe(markedUrl);

      await setPlaces({
        'https://essays.example/a-long-read': { fraction: 0.42, savedAt: now - 3000 },
        [markedUrl]: { fraction: 0.97, savedAt: now },
      });
      popup = await openPopupOver(page);
      await expect
        .poll(() => popup.getByRole('region', { name: 'Continue reading' }).getByRole('button').textContent())
        .toBe('A long read42% read');
      // Saved whole: its saved page opens, and offers to go back to where the reading stopped.
      opened = folio.context.waitForEvent('page');
      await popup.getByRole('region', { name: 'Continue reading' }).getByRole('button').click();
      const article = await opened;
      expect(article.url()).toBe(`chrome-extension://${folio.extensionId}/article.html?id=${longRead}`);
      await expect.poll(() => article.getByText('You stopped at 42% last time.').count()).toBe(1);
      await article.close();
    } finally {
      await setPlaces({});
      await page.close();
    }
  });
});
