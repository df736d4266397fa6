import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { pdfFillColours, pdfPageCount } from './support/pdf';
import { clickInReader, setReaderTheme } from './support/reader-actions';
import { inReader, readerFrame, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';
import { storeArticle } from './support/stored-articles';

/** Printing the reader: its frame alone, the whole article flowing over pages, dark on white. */

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

async function openReaderOn(path: string): Promise<Page> {
  const page = await folio.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url(path));
  expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  return page;
}

/** Counts the print events a window hears, under `key` (the page's listeners are the page's own script). */
const LISTEN_FOR_PRINT = (key: string) => {
  const seen: string[] = [];
  (window as unknown as Record<string, string[]>)[key] = seen;
  for (const type of ['beforeprint', 'afterprint']) addEventListener(type, () => seen.push(type));
  matchMedia('print').addEventListener('change', () => seen.push('print media'));
};

describe('printing the reader', () => {
  it.each([
    ['Ctrl+P', (page: Page) => page.keyboard.press('Control+p')],
    [
      'Reading settings → Print',
      async (page: Page) => {
        await clickInReader(page, 'button[title="Reading settings"]');
        await inReader(page, (root) =>
          [...root.querySelectorAll<HTMLElement>('.folio-settings button')]
            .find((b) => b.textContent?.startsWith('Print the article'))
            ?.click(),
        );
      },
    ],
  ])('%s prints the reader’s frame, not the page under it, whose script hears nothing', async (_name, print) => {
    const page = await openReaderOn('zh-news.html');
    await page.evaluate(LISTEN_FOR_PRINT, 'pageSaw');
    const frame = readerFrame(page);
    if (!frame) throw new Error('no reader frame');
    await frame.evaluate(LISTEN_FOR_PRINT, 'frameSaw');
    await print(page);
    // (Headless Chromium prints nothing after that, and so never says afterprint.)
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as { frameSaw: string[] }).frameSaw))
      .toEqual(['beforeprint']);
    expect(await page.evaluate(() => (window as unknown as { pageSaw: string[] }).pageSaw)).toEqual([]);
    await page.close();
  });

  it('on paper: the whole long article flows over pages, code and tables within the page, no tools, dark on white', async () => {
    await setReaderTheme(folio.serviceWorker, 'dark');
    try {
      const page = await openReaderOn('generated/typeset-long.html');
      const frame = readerFrame(page);
      if (!frame) throw new Error('no reader frame');
      // Print media in the reader's frame alone (an extension frame is a process of its own).
      const cdp = await folio.context.newCDPSession(frame);
      await cdp.send('Emulation.setEmulatedMedia', { media: 'print' });
      const paper = await inReader(page, (root) => {
        const win = root.defaultView as Window;
        const article = (root.querySelector('.folio-article') as Element).getBoundingClientRect();
        // The table's last column: the one a page would cut off.
        const table = (root.querySelector('.folio-content tr > :last-child') as Element).getBoundingClientRect();
        const pre = root.querySelector('.folio-content pre') as HTMLElement;
        const last = [...root.querySelectorAll('.folio-content p')].at(-1) as Element;
        return {
          print: win.matchMedia('print').matches,
          pagesTall: root.documentElement.scrollHeight / win.innerHeight,
          lastDrawn: last.textContent?.startsWith('Paragraph 90') && last.getBoundingClientRect().height > 0,
          tableInside: table.left >= article.left - 1 && table.right <= article.right + 1,
          codeWraps: pre.scrollWidth <= pre.clientWidth,
          toolbar: win.getComputedStyle(root.querySelector('.folio-toolbar') as Element).display,
          text: win.getComputedStyle(last).color,
          paperColour: win.getComputedStyle(root.querySelector('.folio-reader') as Element).backgroundColor,
        };
      });
      expect(paper).toMatchObject({
        print: true,
        lastDrawn: true,
        tableInside: true,
        codeWraps: true,
        toolbar: 'none',
        text: 'rgb(0, 0, 0)',
        paperColour: 'rgb(255, 255, 255)',
      });
      // 90 paragraphs and a table: many screens tall, not one screen cut off.
      expect(paper?.pagesTall).toBeGreaterThan(5);
      await page.close();
    } finally {
      await setReaderTheme(folio.serviceWorker, 'system');
    }
  });

  it('a saved article prints to a PDF of as many pages as its text takes, its highlight marked', async () => {
    const id = await storeArticle(folio.serviceWorker, {
      url: 'https://fanwen.example/print.html',
      title: '打印一篇长文',
      content: Array.from(
        { length: 60 },
        (_, i) => `<p>第${i + 1}段：读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会，日积月累。</p>`,
      ).join(''),
      highlights: [{ exact: '第2段', prefix: '。', suffix: '：读书', color: 'green' }],
    });
    const page = await folio.context.newPage();
    await page.goto(`chrome-extension://${folio.extensionId}/article.html?id=${id}`);
    await page.locator('.folio-content p').last().waitFor();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('folio-green'))).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    // The highlight's green (140, 233, 154) is a fill colour in the pages' drawing.
    expect(pdfFillColours(pdf)).toContain('.549 .9137 .6039');
    await page.close();
  });
});
