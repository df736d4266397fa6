import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import { clickInReader, selectInReader } from './support/reader-actions';
import { registryOf, savedInReader } from './support/reader-dom';
import { inReader, openReaderOn, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

/**
 * Essays split over pages, read whole: the following pages fetched from the content script
 * (same origin), decoded by their charset, extracted, merged with a quiet marker between pages.
 */

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

const openReader = (path: string) => openReaderOn(folio, server.url(path));

const pagesNote = (page: Page) => inReader(page, (root) => root.querySelector('.folio-pages-note')?.textContent ?? '');
const LAST_LINE = '总之，只要我们静下心来、持之以恒';

describe('an essay of several pages', () => {
  it('is read whole: every page of a GBK essay, once, with a marker between pages and its sections in the outline', async () => {
    const page = await openReader('paged/essay.html');
    await expect.poll(() => pagesNote(page)).toBe('3 pages of this essay, read as one.');
    const shown = await inReader(page, (root) => ({
      text: root.querySelector('.folio-content')?.textContent ?? '',
      markers: [...root.querySelectorAll('.folio-content hr[aria-label]')].map((hr) => hr.getAttribute('aria-label')),
      headings: [...root.querySelectorAll('.folio-content h2')].map((h) => h.textContent),
    }));
    expect(shown?.text).toContain(LAST_LINE);
    expect(shown?.text.split('系统阅读能帮助我们建立完整的知识结构')).toHaveLength(2); // page 1 once
    expect(shown?.text).not.toMatch(/下一页|共3页|下一篇/);
    expect(shown?.markers).toEqual(['Page 2', 'Page 3']);
    expect(shown?.headings).toEqual(['一、为什么要系统阅读', '二、怎样做到系统阅读', '三、读书要联系实际']);

    // A highlight on page 3 is there again on the next visit; Save article keeps every page.
    await selectInReader(page, LAST_LINE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    await expect.poll(async () => (await inReader(page, registryOf)) ?? {}).toEqual({ yellow: [LAST_LINE] });
    await clickInReader(page, 'button[title="Save article"]');
    await waitForReader(page, savedInReader);
    const saved = await folio.serviceWorker.evaluate(async () => {
      const { db } = (
        globalThis as unknown as {
          folio: { db: { savedCopies: { toArray(): Promise<{ text: string }[]> } } };
        }
      ).folio;
      return (await db.savedCopies.toArray()).map((copy) => copy.text);
    });
    expect(saved.some((text) => text.includes(LAST_LINE) && text.includes('其次要做好笔记'))).toBe(true);
    await page.close();

    const again = await openReader('paged/essay.html');
    await expect.poll(async () => (await inReader(again, registryOf)) ?? {}).toEqual({ yellow: [LAST_LINE] });
    await again.close();
  });

  it('names a page that cannot be read, keeps the pages before it, and Try again reads it', async () => {
    const broken = await openReader('paged/broken.html');
    await expect
      .poll(() => pagesNote(broken))
      .toBe('Page 2 could not be read (HTTP 404). The pages before it are shown. Try again');
    expect(await inReader(broken, (root) => root.querySelector('.folio-content')?.textContent)).toContain(
      '系统阅读能帮助我们',
    );
    await broken.close();

    const flaky = await openReader('generated/flaky.html');
    await expect.poll(() => pagesNote(flaky)).toContain('Page 2 could not be read (HTTP 404)');
    await clickInReader(flaky, '.folio-pages-note .folio-button');
    await expect.poll(() => pagesNote(flaky)).toBe('2 pages of this essay, read as one.');
    await expect
      .poll(() => inReader(flaky, (root) => root.querySelector('.folio-content')?.textContent))
      .toContain('第2页第6段');
    await flaky.close();
  });

  it.each([
    ['numbers', '2 pages of this essay, read as one.'],
    ['select', '2 pages of this essay, read as one.'],
    ['beside-next-essay', '2 pages of this essay, read as one.'],
    ['javascript', ''],
    ['cross-origin', ''],
  ])('a pager of kind %s: %j', async (kind, note) => {
    const page = await openReader(`generated/${kind}.html`);
    if (note) await expect.poll(() => pagesNote(page)).toBe(note);
    else {
      await page.waitForTimeout(500);
      expect(await pagesNote(page)).toBe('');
    }
    const text = (await inReader(page, (root) => root.querySelector('.folio-content')?.textContent)) ?? '';
    expect(text.includes('第2页第1段')).toBe(Boolean(note));
    expect(text).not.toContain('夜读的城市'); // 下一篇's essay is never merged in
    await page.close();
  });

  it('a page without a pager is one page, and says nothing about pages', async () => {
    const page = await openReader('zh-essay.html');
    await page.waitForTimeout(300);
    expect(await inReader(page, (root) => root.querySelector('.folio-pages-note'))).toBeNull();
    await page.close();
  });
});
