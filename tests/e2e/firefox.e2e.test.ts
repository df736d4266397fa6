import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackup } from '../../utils/backup';
import { createFolioDb, updateHighlight } from '../../utils/db';
import { pageId } from '../../utils/extract/page-ids';
import { mergeReadingPositions, type ReadingPosition } from '../../utils/reading-position/positions';
import { syncLibrary } from '../../utils/sync/engine';
import { DavClient } from '../../utils/sync/webdav';
import { startWebDav } from '../support/webdav-server';
import {
  FOLIO_ORIGIN,
  type FolioFirefox,
  firefoxReaderFrame,
  inFirefoxReader,
  launchFirefoxWithFolio,
  waitForFirefoxReader,
} from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { OFFLINE_PICTURES } from './support/generated-pages';
import { pdfFillColours, pdfPageCount } from './support/pdf';
import { bluePixels, blueTintShare, drawnPixels } from './support/pixels';
import { LISTEN_SETTINGS_ELSEWHERE, READER_SETTINGS_ELSEWHERE } from './support/preferences';
import {
  brokenWordsInTableLinks,
  clickIn,
  controlsTakenByPage,
  EN_MATH_FORMULAS,
  EN_RECIPE_SHOWN,
  EN_VIDEO_SHOWN,
  englishSetting,
  failedPicturesInLines,
  focusArticleAtStart,
  formulasDrawn,
  formulasOffTheirLines,
  HOSTILE_PLAYERS,
  HOSTILE_VIDEO,
  headingAtTop,
  highlightAtReadingLine,
  openingSpace,
  PICTURES_IN_LINES_SHOWN,
  pageRegistryOf,
  pictureLook,
  picturesPastColumn,
  quoteLineBox,
  recipeShown,
  registryOf,
  savedInReader,
  scrollToThirdNoteNumber,
  selectQuote,
  textUnderToolbar,
  thirdNoteInView,
  videosShown,
  wideTableInReach,
} from './support/reader-dom';
import { readerOpen } from './support/reader-frame';
import {
  finishUtterance,
  installRecordingVoice,
  paintedWord,
  recordedSpeech,
  sayWord,
} from './support/recording-voice';
import { expectEnglishSetting } from './support/typeset';

/**
 * The same paths as in Chromium, in real Firefox (ESR) through puppeteer-core over WebDriver
 * BiDi: the reader in its moz-extension frame, highlights and notes, the adversarial and
 * hostile-markup pages, the live page, and the popup's buttons.
 */
let firefox: FolioFirefox;
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithFolio();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openReader(path: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(server.url(path));
  expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
  await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content p') !== null);
  return page;
}

/** The part of Puppeteer's WebDriver BiDi browsing context that sets the viewport's size. */
interface BrowsingContextViewport {
  setViewport(options: { viewport: { width: number; height: number }; devicePixelRatio: null }): Promise<void>;
}

async function click(page: Page, selector: string): Promise<void> {
  if (!(await inFirefoxReader(page, clickIn, selector))) throw new Error(`Nothing in the reader matches ${selector}`);
}

async function select(page: Page, quote: string): Promise<void> {
  await waitForFirefoxReader(page, (root) => root.querySelector('.folio-selection-toolbar') === null);
  if (!(await inFirefoxReader(page, selectQuote, quote))) throw new Error(`not in the article: ${quote}`);
  await waitForFirefoxReader(page, (root) => root.querySelector('.folio-selection-toolbar') !== null);
}

const storedNotes = () =>
  firefox.inBackground<string[]>('async (folio) => (await folio.db.highlights.toArray()).map((h) => h.note)');

/** A Folio tab that something other than the driver opened (WebDriver may not navigate there). */
async function folioTab(path: string): Promise<Page> {
  const found = await until(
    async () => {
      for (const candidate of await firefox.browser.pages()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${FOLIO_ORIGIN}${path}`)) return candidate;
      }
      return undefined;
    },
    (page) => page !== undefined,
  );
  if (!found) throw new Error(`No Folio tab at ${path} opened.`);
  return found;
}

/** Firefox's "address wasn't understood" tab for an obsidian: address (other tests leave other error tabs). */
const isObsidianErrorTab = (tab: Page) =>
  tab.url().startsWith('about:neterror') && (new URL(tab.url()).searchParams.get('u') ?? '').startsWith('obsidian:');

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('Firefox: the reader', () => {
  it('opens over the page in its own frame, leaves the page as it was, and the same command closes it', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('zh-essay.html'));
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await page.evaluate(() => ({ html: document.body.innerHTML, y: window.scrollY }));
    expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
    const title = await waitForFirefoxReader(page, (root) => root.querySelector('.folio-title')?.textContent);
    expect(title).toBe('关于提升青年读书习惯的几点思考');
    const text = await inFirefoxReader(page, (root) => root.querySelector('.folio-content')?.textContent ?? '');
    expect(text).toContain('（一）阅读时间碎片化');
    expect(text).not.toContain('开通VIP');
    expect(text).not.toContain('转载请注明出处');
    expect((await firefoxReaderFrame(page)) && (await page.evaluate(() => location.href))).toBe(
      server.url('zh-essay.html'),
    );
    expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
    expect(
      await until(
        () => readerOpen(page),
        (open) => !open,
      ),
    ).toBe(false);
    expect(await page.evaluate(() => ({ html: document.body.innerHTML, y: window.scrollY }))).toEqual(before);
    await page.close();
  });

  it('reads a blog platform’s post it hides until its script runs, its author in the header, none of the platform around it', async () => {
    const page = await openReader('zh-platform.html');
    const meta = await waitForFirefoxReader(page, (root) => root.querySelector('.folio-meta')?.textContent);
    expect(meta).toContain('山风书简 · 青禾 · ');
    const shown = await inFirefoxReader(page, (root) => ({
      text: root.querySelector('.folio-content')?.textContent ?? '',
      caption: root.querySelector('.folio-content figure figcaption')?.textContent ?? '',
    }));
    expect(shown?.text).toMatch(/^\s*去年秋天/);
    expect(shown?.caption).toBe('洱海边的黄昏');
    for (const clutter of ['字数', '点赞、收藏', '著作权', '平台声明', '赞赏', '总资产'])
      expect(shown?.text).not.toContain(clutter);
    await page.close();
  });

  it('shows a magazine page’s standfirst under the title and its lead picture atop the text', async () => {
    const page = await openReader('en-magazine.html');
    expect(await waitForFirefoxReader(page, (root) => root.querySelector('.folio-standfirst')?.textContent)).toMatch(
      /^Winter is the time to plant the evergreens .* keep each one healthy\.$/,
    );
    const text = await inFirefoxReader(page, (root) => root.querySelector('.folio-content')?.textContent ?? '');
    expect(text).toContain('These are the shortest days of the year');
    expect(text).not.toContain('Winter is the time to plant');
    const lead = await waitForFirefoxReader(page, (root) => {
      const img = root.querySelector<HTMLImageElement>('.folio-content > figure:first-child img');
      return img?.complete && img.naturalWidth ? `${img.alt} ${img.naturalWidth}` : undefined;
    });
    expect(lead).toBe('A clipped yew hedge in frost 600');
    await page.close();
  });

  it('opens on a page whose Content-Security-Policy forbids frames, scripts and styles', async () => {
    const page = await openReader('generated/strict-csp.html');
    expect(await inFirefoxReader(page, (root) => root.querySelector('.folio-title')?.textContent)).toBe(
      '严格安全策略下的文章',
    );
    await page.close();
  });

  it('shows a wide table of a long article whole, past the column and within reach, its links’ words unbroken', async () => {
    const page = await openReader('generated/typeset-long.html');
    expect(await inFirefoxReader(page, wideTableInReach)).toEqual({
      inChunk: true,
      pastColumn: true,
      firstCellReached: true,
      paragraphsInColumn: true,
    });
    expect(await inFirefoxReader(page, brokenWordsInTableLinks)).toEqual([]);
    await page.close();
  });

  it('sets an English article in Latin type, its apostrophes narrow; code at a code leading, a wide table that scrolls, no heading under body size, pictures’ places kept', async () => {
    const page = await openReader('generated/typeset-en.html');
    const shown = await inFirefoxReader(page, englishSetting);
    expect(shown?.fontFamily.startsWith('"Noto Serif", Georgia')).toBe(true);
    // "It’s", not "It’ s": a CJK face draws the apostrophe a full em wide.
    expect(shown?.apostropheEm).toBeLessThan(0.45);
    expectEnglishSetting(shown);
    await page.close();
  });

  it('follows an article’s own table of contents inside the reader, the page underneath still', async () => {
    const page = await openReader('generated/typeset-en.html');
    const pageScroll = await page.evaluate(() => window.scrollY);
    await click(page, '.folio-content a[href="#review"]');
    // The heading's id as the sanitizer named the page's.
    expect(
      await until(
        () => inFirefoxReader(page, headingAtTop, pageId('review')),
        (atTop) => atTop === true,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => [window.scrollY, location.hash])).toEqual([pageScroll, '']);
    await page.close();
  });

  it('draws a page’s formulas from their MathML, once each, the displayed one on a line of its own', async () => {
    const page = await openReader('en-math.html');
    expect(await inFirefoxReader(page, formulasDrawn)).toEqual(EN_MATH_FORMULAS);
    await page.close();
  });

  it('takes the reader from a note’s number to the note at the end, and back, the page underneath still', async () => {
    const page = await openReader('en-footnotes.html');
    const context = (page.mainFrame() as unknown as { browsingContext: BrowsingContextViewport }).browsingContext;
    await context.setViewport({ viewport: { width: 900, height: 450 }, devicePixelRatio: null });
    const pageScroll = await page.evaluate(() => window.scrollY);
    await until(
      async () => {
        await inFirefoxReader(page, scrollToThirdNoteNumber);
        return inFirefoxReader(page, thirdNoteInView);
      },
      (seen) => seen?.number === true,
    );
    expect(await inFirefoxReader(page, thirdNoteInView)).toEqual({ number: true, note: false });
    // Waits until the number or the note is in view (or gives up), and says what is.
    const untilShown = (part: 'number' | 'note') =>
      until(
        () => inFirefoxReader(page, thirdNoteInView),
        (seen) => seen?.[part] === true,
      );
    await click(page, '.folio-content sup a[href="#folio-note-3"]');
    expect(await untilShown('note')).toMatchObject({ note: true });
    await inFirefoxReader(page, (root) =>
      root.querySelector('.folio-scroll')?.scrollBy({ top: 1000, behavior: 'instant' }),
    );
    expect(await inFirefoxReader(page, thirdNoteInView)).toEqual({ number: false, note: true });
    await click(page, '[role="doc-endnotes"] a[href="#folio-note-mark-3"]');
    expect(await untilShown('number')).toMatchObject({ number: true });
    expect(await page.evaluate(() => [window.scrollY, location.hash])).toEqual([pageScroll, '']);
    await page.close();
  });

  it('shows a recipe card’s ingredients, linked to a shop on the page, and its steps', async () => {
    const page = await openReader('en-recipe.html');
    expect(await inFirefoxReader(page, recipeShown)).toEqual(EN_RECIPE_SHOWN);
    await page.close();
  });

  it('shows an embedded video as a link to its page, with no frame', async () => {
    const page = await openReader('en-video.html');
    expect(await inFirefoxReader(page, videosShown)).toEqual(EN_VIDEO_SHOWN);
    await page.close();
  });

  it('hides no word under its toolbar: beside the column in a wide window, above the text in a narrower one', async () => {
    const page = await openReader('generated/typeset-en.html');
    const layoutAt = async (width: number) => {
      // Puppeteer's setViewport also asks for a screen orientation, which Firefox ESR does not do.
      const context = (page.mainFrame() as unknown as { browsingContext: BrowsingContextViewport }).browsingContext;
      await context.setViewport({ viewport: { width, height: 700 }, devicePixelRatio: null });
      return until(
        () => inFirefoxReader(page, textUnderToolbar),
        (layout) => layout?.covered.length === 0 && layout.viewTop >= layout.barBottom === width < 1300,
      );
    };
    for (const width of [1700, 960, 1700]) {
      const layout = await layoutAt(width);
      expect(layout?.covered, `${width} px`).toEqual([]);
      expect((layout?.viewTop ?? 0) >= (layout?.barBottom ?? 0), `${width} px: the text below the toolbar`).toBe(
        width < 1300,
      );
    }
    await page.close();
  });

  it('sets an article that opens on a section heading as close under the header as a first paragraph', async () => {
    const headingFirst = await openReader('generated/opens-on-heading.html');
    const underHeading = await inFirefoxReader(headingFirst, openingSpace);
    await headingFirst.close();
    const paragraphFirst = await openReader('generated/typeset-long.html');
    const underParagraph = await inFirefoxReader(paragraphFirst, openingSpace);
    await paragraphFirst.close();
    expect(underHeading?.headingMargins[0]).toBe(0);
    expect(underHeading?.headingMargins[1]).toBeGreaterThan(20);
    expect(underHeading?.gapUnderHeader).toBeLessThanOrEqual((underParagraph?.gapUnderHeader ?? 0) + 2);
  });

  it('keeps a Chinese essay’s picture standing as a paragraph, come or failed, inside the column', async () => {
    const page = await openReader('generated/zh-pictures.html');
    const shown = await until(
      () => inFirefoxReader(page, picturesPastColumn),
      (found) => Boolean(found),
    );
    expect(shown).toEqual({ past: [0, 0], failedBoxes: 1 });
    await page.close();
  });

  it('holds a picture’s place as a faint box while it comes, without drawing its alt text there', async () => {
    const page = await openReader('generated/typeset-en.html');
    await until(
      async () => (await inFirefoxReader(page, pictureLook, 'A notebook'))?.loaded,
      (loaded) => loaded === true,
    );
    const loading = await inFirefoxReader(page, pictureLook, 'A picture still on its way');
    expect(loading?.ratio).toBeCloseTo(3, 1);
    expect(loading?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(loading?.text).toBe('rgba(0, 0, 0, 0)');
    expect((await inFirefoxReader(page, pictureLook, 'A notebook'))?.background).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('keeps an icon or a picture among words that fails in its line; a photo over its caption is a box', async () => {
    const page = await openReader('generated/pictures-in-lines.html');
    const shown = await until(
      () => inFirefoxReader(page, failedPicturesInLines),
      (read) => read?.failed === 5,
    );
    expect(shown).toEqual(PICTURES_IN_LINES_SHOWN);
    await page.close();
  });

  it('draws a missing picture inside a link as a box like the others, not underlined', async () => {
    const page = await openReader('generated/typeset-en.html');
    // Where the box is on screen (the reader's frame covers the tab from its top left corner).
    const where = await until(
      () =>
        inFirefoxReader(page, (root) => {
          const box = root.querySelector('.folio-image-failed[aria-label$="A linked chart"]');
          box?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const rect = box?.getBoundingClientRect();
          return rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }),
      (rect) => Boolean(rect),
    );
    if (!where) throw new Error('no box for the linked picture');
    const drawn = await drawnPixels({ screenshot: () => page.screenshot({ clip: where }) });
    // The label is drawn in grey; a link's underline would be drawn in the link's blue.
    expect(bluePixels(drawn)).toBe(0);
    await page.close();
  });

  it('Ctrl+P prints the reader’s frame, not the page under it, whose script hears nothing', async () => {
    const page = await openReader('zh-news.html');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { folioTestSaw: string[] }).folioTestSaw = seen;
      for (const type of ['beforeprint', 'afterprint']) addEventListener(type, () => seen.push(type));
    });
    // Firefox's print dialog is modal, even headless, and would stop the test: the frame's print
    // is counted instead of shown.
    await inFirefoxReader(page, (root) => {
      const win = root.defaultView as Window & { folioTestPrints?: number };
      win.folioTestPrints = 0;
      win.print = () => {
        win.folioTestPrints = (win.folioTestPrints ?? 0) + 1;
      };
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('p');
    await page.keyboard.up('Control');
    const prints = await until(
      () =>
        inFirefoxReader(page, (root) => (root.defaultView as Window & { folioTestPrints?: number }).folioTestPrints),
      (count) => (count ?? 0) > 0,
    );
    expect(prints).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { folioTestSaw: string[] }).folioTestSaw)).toEqual([]);
    await page.close();
  });

  it('a saved article prints over as many pages as its text takes, its highlight marked on paper', async () => {
    const content = Array.from(
      { length: 60 },
      (_, i) => `<p>第${i + 1}段：读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会，日积月累。</p>`,
    ).join('');
    const id = await firefox.inBackground<string>(
      `async (folio) => {
        const url = 'https://fanwen.example/firefox-print.html';
        const saved = await folio.service.saveArticle(url, { title: '在 Firefox 里打印', lang: 'zh-CN', dir: 'ltr', excerpt: '', content: ${JSON.stringify(content)}, textContent: '', outline: [], readingTimeMinutes: 2 });
        await folio.service.createHighlight({ url, title: '在 Firefox 里打印' }, { target: { selector: [{ type: 'TextQuoteSelector', exact: '第2段', prefix: '。', suffix: '：读书' }] }, color: 'green', note: '', tags: [] });
        return saved.id;
      }`,
    );
    await firefox.inBackground(
      `async (folio, browser) => { await browser.tabs.create({ url: '/article.html?id=${id}' }); }`,
    );
    const page = await folioTab(`/article.html?id=${id}`);
    await page.waitForSelector('.folio-content p:last-child');
    expect(
      await until(
        () => page.evaluate(() => CSS.highlights.has('folio-green')),
        (painted) => painted,
      ),
    ).toBe(true);
    // Firefox prints a copy of the document that leaves the highlights painted by script behind:
    // they must be in the printed page all the same. (Printed through WebDriver BiDi, as Ctrl+P's
    // dialog is modal even headless.)
    const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    // The highlight's green (140, 233, 154) is a fill colour in the pages' drawing.
    expect(pdfFillColours(pdf)).toContain('0.54902 0.913726 0.603922');
    // Printing over, the copy made for it is gone, and the article is as it was on screen.
    expect(await page.evaluate(() => document.querySelectorAll('.folio-print-copy, mark').length)).toBe(0);
    await page.close();
  });

  it('? lists the reader’s keyboard shortcuts, the key that opens it among them', async () => {
    const page = await openReader('zh-news.html');
    await page.keyboard.press('?');
    const keys = await waitForFirefoxReader(page, (root) => {
      const rows = [...root.querySelectorAll('.folio-keys > div')];
      if (!rows.length) return undefined;
      const keysOf = (action: string) =>
        [...(rows.find((row) => row.textContent?.includes(action))?.querySelectorAll('kbd') ?? [])].map(
          (k) => k.textContent,
        );
      return { toggle: keysOf('Open or close the reader'), print: keysOf('Print the article') };
    });
    expect(keys).toEqual({ toggle: ['Alt+Shift+R'], print: ['Ctrl+P'] });
    await page.keyboard.press('?');
    expect(
      await until(() => inFirefoxReader(page, (root) => root.querySelector('.folio-keys') === null), Boolean),
    ).toBe(true);
    await page.close();
  });

  it('Esc closes it', async () => {
    const page = await openReader('zh-news.html');
    await page.keyboard.press('Escape');
    expect(
      await until(
        () => readerOpen(page),
        (open) => !open,
      ),
    ).toBe(false);
    await page.close();
  });
});

describe('Firefox: panels and the note editor', () => {
  it('the highlights panel docks beside the text, and Edit note opens the editor under its highlight', async () => {
    const page = await openReader('zh-essay.html');
    const QUOTE = '一些青年偏爱轻松有趣的网络段子和速成读物';
    await select(page, QUOTE);
    await click(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(3)'); // blue
    await until(
      () => inFirefoxReader(page, registryOf),
      (painted) => (painted as Record<string, string[]> | undefined)?.blue?.[0] === QUOTE,
    );
    // Drawn in its colour (the reader's ::highlight rules).
    const line = await inFirefoxReader(page, quoteLineBox, QUOTE);
    if (!line) throw new Error('the quote is not drawn');
    expect(blueTintShare(await drawnPixels({ screenshot: () => page.screenshot({ clip: line }) }))).toBeGreaterThan(
      0.3,
    );
    await click(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)');
    const layout = await until(
      () =>
        inFirefoxReader(page, (root) => {
          const panel = root.querySelector('.folio-panel')?.getBoundingClientRect();
          const lines = [...root.querySelectorAll('.folio-content p')].map((p) => p.getBoundingClientRect().right);
          return panel ? { panelLeft: panel.left, textRight: Math.max(...lines) } : undefined;
        }),
      (value) => value !== undefined,
    );
    expect(layout?.textRight).toBeLessThanOrEqual(layout?.panelLeft ?? 0);
    await click(page, '.folio-hl-actions button'); // Add note, the first action of the only highlight
    await waitForFirefoxReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    const place = await inFirefoxReader(
      page,
      (root, quote) => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const range = [...registry.values()].flatMap((hl) => [...hl]).find((r) => r.toString() === quote);
        const card = root.querySelector('.folio-anchored-editor')?.getBoundingClientRect();
        const marked = range?.getBoundingClientRect();
        return card && marked ? { gap: card.top - marked.bottom } : undefined;
      },
      QUOTE,
    );
    expect(place?.gap).toBeGreaterThanOrEqual(0);
    expect(place?.gap).toBeLessThan(24);
    await page.close();
    // The tests after this one count the profile's highlights from none.
    await firefox.inBackground('async (folio) => { await folio.db.highlights.clear(); }');
  });

  it('N and P go from highlight to highlight; Ctrl+Enter saves a note', async () => {
    const page = await openReader('generated/typeset-long.html');
    try {
      for (const quote of ['Paragraph 60 of a long essay', 'Paragraph 30 of a long essay']) {
        await select(page, quote);
        await click(page, '.folio-selection-toolbar .folio-swatch');
        await waitForFirefoxReader(page, (root) => root.querySelector('.folio-selection-toolbar') === null);
      }
      await until(
        () => inFirefoxReader(page, registryOf),
        (painted) => Object.values((painted as Record<string, string[]>) ?? {}).flat().length === 2,
      );
      await inFirefoxReader(page, focusArticleAtStart);
      const atLine = () => inFirefoxReader(page, highlightAtReadingLine);
      await page.keyboard.press('n');
      expect(await until(atLine, (quote) => quote !== undefined)).toBe('Paragraph 30 of a long essay');
      await new Promise((done) => setTimeout(done, 1100));
      await page.keyboard.press('n');
      expect(await until(atLine, (quote) => quote === 'Paragraph 60 of a long essay')).toBe(
        'Paragraph 60 of a long essay',
      );
      // Its note, written and saved from the keyboard.
      await click(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)');
      await click(page, '.folio-hl-actions button');
      await waitForFirefoxReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
      await page.keyboard.type('saved with the keyboard');
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      expect(await until(storedNotes, (notes) => notes.includes('saved with the keyboard'))).toContain(
        'saved with the keyboard',
      );
    } finally {
      await page.close();
      // The tests after this one count the profile's highlights from none.
      await firefox.inBackground('async (folio) => { await folio.db.highlights.clear(); }');
    }
  });
});

describe('Firefox: reading aloud', () => {
  const LISTEN_BUTTON = '.folio-toolbar button[aria-controls="folio-panel"]:nth-of-type(4)';
  const marked = (page: Page) =>
    inFirefoxReader(page, (root) => root.querySelector('.folio-speaking')?.textContent?.trim() ?? null);

  it('reads a Chinese essay in its Chinese voice, marking each block, and stops when the reader closes', async () => {
    const page = await openReader('zh-essay.html');
    await inFirefoxReader(page, installRecordingVoice);
    await click(page, LISTEN_BUTTON);
    await waitForFirefoxReader(page, (root) => root.querySelector('.folio-listen-play') !== null);
    await click(page, '.folio-listen-play');
    const title = await inFirefoxReader(page, (root) => root.querySelector('.folio-title')?.textContent);
    const first = await until(
      async () => (await inFirefoxReader(page, recordedSpeech))?.log[0],
      (said) => said !== undefined,
    );
    expect(first).toMatchObject({ text: title, voice: 'test-zh', lang: 'zh-CN' });
    expect(await marked(page)).toBe(title);
    // The word the voice is at is painted (the first two characters, as a Chinese voice says them).
    await inFirefoxReader(page, sayWord, [0, 2]);
    expect(
      await until(
        () => inFirefoxReader(page, paintedWord),
        (word) => word !== null,
      ),
    ).toBe(title?.slice(0, 2));
    // The title said, the next block is marked and being read.
    await inFirefoxReader(page, finishUtterance);
    const next = await until(
      () => marked(page),
      (text) => text !== title,
    );
    expect((await inFirefoxReader(page, recordedSpeech))?.log[1]?.text.slice(0, 10)).toBe(next?.slice(0, 10));
    await click(page, '.folio-listen-play'); // pause
    await waitForFirefoxReader(page, (root) =>
      root.querySelector('.folio-listen-status')?.textContent?.startsWith('Paused'),
    );
    await click(page, '.folio-listen-play'); // and on
    await page.keyboard.press('Escape'); // the panel
    await page.keyboard.press('Escape'); // the reader
    expect(
      await until(
        () => readerOpen(page),
        (open) => !open,
      ),
    ).toBe(false);
    const frame = await firefoxReaderFrame(page);
    const afterClose = await frame?.evaluate(() => ({
      speaking: (window as unknown as { folioTestVoice: { finish(): boolean } }).folioTestVoice.finish(),
      marked: document.querySelector('.folio-speaking') !== null,
    }));
    expect(afterClose).toEqual({ speaking: false, marked: false });
    await page.close();
  });

  it('says so when the system has no voice, as on this machine', async () => {
    const page = await openReader('en-article.html');
    // Asked from the keyboard with the panel closed: a notice says why nothing is heard.
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyL');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const notice = await until(
      () => inFirefoxReader(page, (root) => root.querySelector('.folio-toast')?.textContent),
      (text) => Boolean(text),
    );
    expect(notice).toMatch(/no voice to read with/);
    expect(await marked(page)).toBeNull();
    await click(page, LISTEN_BUTTON);
    const problem = await until(
      () => inFirefoxReader(page, (root) => root.querySelector('.folio-listen-problem')?.textContent),
      (text) => Boolean(text),
    );
    expect(problem).toMatch(/no voice to read with/);
    await page.close();
  });
});

describe('Firefox: an essay of several pages', () => {
  it('is read whole: the GBK pages fetched from the content script, decoded and merged', async () => {
    const page = await openReader('paged/essay.html');
    const note = await until(
      () => inFirefoxReader(page, (root) => root.querySelector('.folio-pages-note')?.textContent ?? ''),
      (text) => text === '3 pages of this essay, read as one.',
    );
    expect(note).toBe('3 pages of this essay, read as one.');
    const text = await inFirefoxReader(page, (root) => root.querySelector('.folio-content')?.textContent ?? '');
    expect(text).toContain('总之，只要我们静下心来、持之以恒');
    expect(text).toContain('其次要做好笔记');
    await page.close();
  });
});

describe('Firefox: Save article with its pictures', () => {
  it('keeps them (own site through the content script, an allowed site through the background), asks for another in a Folio tab, and the saved article shows the copies', async () => {
    const imageSite = await startFixtureServer();
    try {
      const page = await firefox.newPage();
      await page.goto(server.url(`generated/offline-images.html?other=${encodeURIComponent(imageSite.origin)}`));
      expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
      await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content img') !== null);
      await click(page, 'button[title="Save article"]');
      await waitForFirefoxReader(page, savedInReader);
      const status = await inFirefoxReader(
        page,
        (root) => root.querySelector('.folio-toast [role=status], p.folio-toast')?.textContent,
      );
      expect(status).toBe('Saved to your library. 3 of 7 pictures kept for offline reading.');
      const kept = await firefox.inBackground<{ id: string; images: string[] }>(
        `async (folio) => ({
          id: (await folio.db.articles.toArray()).find((a) => a.title === 'Pictures of the reading room')?.id,
          images: (await folio.db.images.toArray()).map((i) => new URL(i.url).pathname + ' ' + i.type + ' ' + (i.blob.size > 0)),
        })`,
      );
      expect(kept.images.sort()).toEqual([
        '/pictures/blue.png image/png true',
        '/pictures/green.png image/png true',
        '/pictures/red.png image/png true',
      ]);
      // A site not allowed yet: the frame (no permissions API in Firefox) opens a Folio tab that asks.
      await click(page, '.folio-save-report button.folio-toast-action');
      const allowTab = await folioTab('/allow-images.html');
      const host = `localhost:${new URL(server.origin).port}`;
      // The tab shows nothing until it has read the article from the database.
      const asked = await until(
        () => allowTab.evaluate(() => document.body.textContent ?? ''),
        (text) => text.includes('1 picture comes from another site'),
      );
      expect(asked).toContain(`1 picture comes from another site (${host})`);
      await allowTab.click('button.library-primary');
      const done = await until(
        () => allowTab.evaluate(() => document.querySelector('[role=status]')?.textContent ?? ''),
        (text) => text.startsWith('1 of 1'),
      );
      expect(done).toBe('1 of 1 pictures kept for offline reading. You can close this tab.');
      await allowTab.close();
      await page.close();

      // The saved article page (opened by the background: WebDriver may not navigate there).
      await firefox.inBackground(
        `async (folio, browser) => { await browser.tabs.create({ url: '/article.html?id=${kept.id}' }); }`,
      );
      const article = await folioTab('/article.html');
      const shown = await until(
        () =>
          article.evaluate(() =>
            [...document.querySelectorAll<HTMLImageElement>('.folio-content img')].map(
              (img) => `${img.alt} ${img.src.startsWith('blob:')} ${img.naturalWidth > 0}`,
            ),
          ),
        (list) => list.length === 4 && list.every((line) => line.endsWith('true true')),
      );
      expect(shown).toEqual(
        [...OFFLINE_PICTURES.own, OFFLINE_PICTURES.other, OFFLINE_PICTURES.waiting].map((alt) => `${alt} true true`),
      );
      expect(await article.evaluate(() => document.querySelectorAll('.folio-image-missing').length)).toBe(3);
      await article.close();
    } finally {
      await imageSite.close();
    }
  });
});

describe('Firefox: Fix this page', () => {
  it('leaves a block out, saved as the site rule, and the next open reads without it', async () => {
    const page = await openReader('generated/fixable.html');
    const NOTE = '编者按：本文原载于作者的博客';
    await click(page, 'button[title="Fix this page"]');
    await waitForFirefoxReader(page, (root) => root.querySelector('[data-folio-fixable]') !== null);
    await inFirefoxReader(
      page,
      (root, note) => {
        const blocks = [...root.querySelectorAll<HTMLElement>('[data-folio-fixable]')];
        blocks.find((b) => b.textContent?.includes(note))?.click();
      },
      NOTE,
    );
    const rules = await until(
      () =>
        firefox.inBackground<{ remove?: string[] }[]>(
          'async () => (await browser.storage.local.get("siteRules")).siteRules ?? []',
        ),
      (list) => list.length > 0,
    );
    expect(rules[0]?.remove).toEqual(['p.editor-note']);
    await page.close();
    const again = await openReader('generated/fixable.html');
    expect(
      await inFirefoxReader(again, (root) => root.querySelector('.folio-content')?.textContent ?? ''),
    ).not.toContain(NOTE);
    await again.close();
  });

  it('where it finds no article it names the page, and the article chosen on the page is read', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('generated/poem.html'));
    expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
    const notice = await waitForFirefoxReader(page, (root) => {
      const alert = root.querySelector('[role="alert"]');
      return alert ? { text: alert.textContent ?? '', focused: root.activeElement?.textContent ?? '' } : undefined;
    });
    expect(notice?.text).toContain('静夜思');
    expect(notice?.text).not.toContain('诗词网');
    expect(notice?.focused).toBe('Choose the article on the page…');
    try {
      await page.keyboard.press('Enter');
      expect(
        await until(
          () => readerOpen(page),
          (open) => !open,
        ),
      ).toBe(false);
      await page.hover('#poem .line');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      const rules = await until(
        () =>
          firefox.inBackground<{ content?: string }[]>(
            'async () => (await browser.storage.local.get("siteRules")).siteRules ?? []',
          ),
        (list) => list.some((rule) => rule.content),
      );
      expect(rules.find((rule) => rule.content)?.content).toBe('#poem');
      const text = await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content')?.textContent);
      expect(text).toContain('床前明月光');
      expect(text).not.toMatch(/首页|关于我们/);
    } finally {
      // The rule would choose #poem on every page of the fixture server's site.
      await firefox.inBackground('async () => browser.storage.local.remove("siteRules")');
      await page.close();
    }
  });
});

describe('Firefox: a hostile page under the reader', () => {
  it('gets nothing while the user highlights a passage, types a note and saves it', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('adversarial.html'));
    await new Promise((done) => setTimeout(done, 400));
    expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
    await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await select(page, '抄写的过程本身就是一次慢读');
    await click(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForFirefoxReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    const NOTE = 'my private note 私密笔记';
    await page.keyboard.type(NOTE, { delay: 20 });
    await click(page, '.folio-editor .folio-button-primary'); // Save
    expect(await until(storedNotes, (notes) => notes.includes(NOTE))).toEqual([NOTE]);
    await new Promise((done) => setTimeout(done, 500));

    const got = await page.evaluate(() => (window as unknown as { __attack: Record<string, unknown> }).__attack);
    expect(got.mutations).toBeGreaterThan(0);
    expect(got.focusSteals).toBeGreaterThan(0);
    expect(got.keys).toEqual([]);
    expect(got.registry).toEqual([]);
    expect(got.roots).toEqual([]);
    expect(got.frameReads).toEqual([]);
    expect(got.forged).toBe(0);
    expect(JSON.stringify(got)).not.toContain('私密');
    expect(await page.content()).not.toContain('私密');
    expect(await inFirefoxReader(page, (root) => root.querySelector('.folio-content') !== null)).toBe(true);
    expect(await storedNotes()).toEqual([NOTE]);
    await page.close();
  });

  it('runs none of its own handlers again because the reader opened', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('hostile-markup.html'));
    await page.bringToFront();
    await new Promise((done) => setTimeout(done, 500));
    const ran = () => page.evaluate(() => [...(window as unknown as { __ran: string[] }).__ran].sort());
    const before = await ran();
    expect(before).toContain('img onerror');
    expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
    const text = await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content')?.textContent);
    expect(text).toContain('A commonplace book is a notebook of passages');
    // The recipe card the page set aside, put back from the page's own elements, handlers gone.
    expect(text).toContain('a glass of sweet white wine');
    expect(text).toContain('Leave in a cool place overnight');
    await inFirefoxReader(page, (root) => {
      for (const el of root.querySelectorAll<HTMLElement>('.folio-content a, .folio-content area, .folio-content p'))
        el.click();
    });
    await new Promise((done) => setTimeout(done, 500));
    expect(await ran()).toEqual(before);
    expect(await readerOpen(page)).toBe(true);
    const leftovers = await inFirefoxReader(page, (root) => {
      const content = root.querySelector('.folio-content') as HTMLElement;
      // (And nothing that would steer the reader: a Tab stop before its buttons, unselectable text,
      // a window laid over the text, moving words.)
      return [...content.querySelectorAll('*')].filter(
        (el) =>
          /^(script|iframe|object|embed|form|input|svg|math|style|noscript|dialog|marquee)$/i.test(el.tagName) ||
          el.hasAttribute('tabindex') ||
          el.hasAttribute('inert') ||
          [...el.attributes].some((a) => a.name.startsWith('on') || /javascript:/i.test(a.value)),
      ).length;
    });
    expect(leftovers).toBe(0);
    expect(text).toContain('Over the years the book becomes a map');
    expect((await inFirefoxReader(page, videosShown))?.links).toEqual([
      { text: "▶ YouTube: <img src=x onerror=__report('video title')>", href: HOSTILE_VIDEO },
      ...HOSTILE_PLAYERS,
    ]);
    await page.close();
  });

  it('takes none of Folio’s controls by giving its elements their ids', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('hostile-markup.html'));
    expect(await firefox.runCommand(page, 'toggle-reader')).toEqual({ ok: true });
    await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await select(page, 'Keep the headings few and broad');
    await click(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForFirefoxReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    const got = await inFirefoxReader(page, controlsTakenByPage);
    expect(got?.references).toBeGreaterThanOrEqual(5);
    expect(got?.aimed).toBe(got?.references); // the page carries a decoy for each
    expect(got).toMatchObject({ taken: [], unlabelled: [] });
    expect(got?.suggestions).not.toContain('a tag from the page');
    await page.close();
  });

  it('draws its formulas’ parts on their lines, however far it asks, and TeX’s spaces as TeX sets them', async () => {
    const page = await openReader('hostile-formulas.html');
    await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content math') !== null);
    const drawn = await inFirefoxReader(page, formulasOffTheirLines);
    expect(drawn).toMatchObject({ formulas: 5, outside: [], tallParagraphs: 0 });
    expect(drawn?.qquadEms).toBeCloseTo(2, 0);
    await page.close();
  });
});

describe('Firefox: the live page and the popup', () => {
  it('paints a highlight made in the reader on the page, and ignores a scripted click on it', async () => {
    const page = await openReader('zh-news.html');
    const QUOTE = '晚间到馆人数比以往增加了近一倍';
    await select(page, QUOTE);
    await click(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(2)'); // green
    expect(
      await until(
        async () => (await inFirefoxReader(page, registryOf)) ?? {},
        (p) => 'green' in p,
      ),
    ).toEqual({
      green: [QUOTE],
    });
    expect(await page.evaluate(`(${pageRegistryOf.toString()})(document)`)).toEqual({}); // not in the page's registry
    await firefox.runCommand(page, 'toggle-reader'); // close
    // The page's own style-sheet functions, which paint the live highlights in Firefox, record
    // what they are given: the sheet's rules, never Folio's name or anything of the reader's.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenSheets: string[] }).seenSheets = seen;
      const replaceSync = CSSStyleSheet.prototype.replaceSync;
      CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
        seen.push(text);
        return replaceSync.call(this, text);
      };
    });
    expect(await firefox.runCommand(page, 'show-highlights')).toEqual({ ok: true, report: { shown: 1, notFound: 0 } });
    expect(await page.evaluate(`(${pageRegistryOf.toString()})(document)`)).toEqual({ green: [QUOTE] });
    const seen = (await page.evaluate('window.seenSheets')) as string[];
    expect(seen.join('\n')).toContain('::highlight(');
    expect(seen.join('\n')).not.toMatch(/folio|green|yellow/i);
    await page.evaluate((q) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges = [...registry.values()].flatMap((hl) => [...hl]);
      const rect = (ranges.find((r) => r.toString() === q) as Range).getBoundingClientRect();
      const init = { bubbles: true, clientX: rect.left + 4, clientY: rect.top + rect.height / 2 };
      document.elementFromPoint(init.clientX, init.clientY)?.dispatchEvent(new MouseEvent('click', init));
    }, QUOTE);
    await new Promise((done) => setTimeout(done, 600));
    expect(await readerOpen(page)).toBe(false);
    await page.close();
  });

  it('the popup’s Open reader opens the reader on its tab; on a page Folio cannot enter it says why', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('zh-essay.html'));
    // The popup page, over a given tab, in a frame of the driver tab (WebDriver may not open
    // extension pages itself; the frame is same-origin with the driver, which presses its buttons
    // and reads what it shows).
    const inPopup = <T>(fn: string) =>
      firefox.driver.evaluate(
        `(() => { const doc = document.querySelector('iframe')?.contentDocument; return doc && (${fn})(doc); })()`,
      ) as Promise<T>;
    const popupOver = async (tabId: number) => {
      await firefox.driver.evaluate((url) => {
        for (const old of document.querySelectorAll('iframe')) old.remove();
        const frame = document.createElement('iframe');
        frame.src = url;
        document.body.append(frame);
      }, `${FOLIO_ORIGIN}/popup.html?tab=${tabId}`);
      await until(
        () => inPopup<boolean>('(doc) => doc.querySelector(".popup-primary") !== null'),
        (ready) => ready,
      );
    };
    const pressOpenReader = () => inPopup('(doc) => doc.querySelector(".popup-primary").click()');

    await popupOver(await firefox.tabIdOf(page));
    await pressOpenReader();
    expect(await waitForFirefoxReader(page, (root) => root.querySelector('.folio-title')?.textContent)).toBe(
      '关于提升青年读书习惯的几点思考',
    );

    // The driver tab is an extension page: no extension may run a script there.
    await popupOver(await firefox.tabIdOf(firefox.driver));
    await pressOpenReader();
    const problem = await until(
      () => inPopup<string>('(doc) => doc.querySelector(\'[role="alert"]\')?.textContent ?? ""'),
      (text) => Boolean(text),
    );
    expect(problem).toMatch(/Folio can't run on this page/);

    // Continue reading: the article last left half-read, opened as its saved page, which offers
    // to go back to where the reading stopped.
    const content = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}, read slowly in Firefox.</p>`).join('');
    const id = await firefox.inBackground<string>(
      `async (folio, browser) => {
        const url = 'https://essays.example/firefox-half-read';
        const saved = await folio.service.saveArticle(url, { title: 'Half read in Firefox', lang: 'en', dir: 'ltr', excerpt: '', content: ${JSON.stringify(content)}, textContent: '', outline: [], readingTimeMinutes: 2 });
        const { readingPositions } = await browser.storage.local.get('readingPositions');
        await browser.storage.local.set({ readingPositions: { ...readingPositions, [url]: { fraction: 0.37, savedAt: Date.now() } } });
        return saved.id;
      }`,
    );
    await popupOver(await firefox.tabIdOf(page));
    const offered = await until(
      () => inPopup<string>('(doc) => doc.querySelector(".popup-continue-article")?.textContent ?? ""'),
      (text) => Boolean(text),
    );
    expect(offered).toBe('Half read in Firefox37% read');
    await inPopup('(doc) => doc.querySelector(".popup-continue-article").click()');
    const article = await folioTab(`/article.html?id=${id}`);
    expect(
      await until(
        () => article.evaluate(() => document.body.textContent ?? ''),
        (text) => text.includes('You stopped at 37%'),
      ),
    ).toContain('You stopped at 37% last time.');
    await article.close();
    await page.close();
  });
});

describe('Firefox: sync through a WebDAV server', () => {
  it('sends its library to the server and takes another device’s edit back, in its own IndexedDB', async () => {
    const dav = await startWebDav('reader', 'firefox-app-password');
    try {
      const settings = {
        serverUrl: dav.url,
        user: 'reader',
        password: 'firefox-app-password',
        folder: 'Folio',
        enabled: true,
      };
      const after = await firefox.inBackground<{ state: string; last: { pushed: number } }>(
        `async (folio, browser) => {
          await folio.service.createHighlight(
            { url: 'https://essays.example/firefox', title: 'From Firefox' },
            { target: { selector: [{ type: 'TextQuoteSelector', exact: 'written in Firefox', prefix: '', suffix: '' }] }, color: 'blue', note: 'first', tags: [] },
          );
          // Where Firefox's reader stopped in it (the reader keeps it in storage.local).
          const { readingPositions } = await browser.storage.local.get('readingPositions');
          await browser.storage.local.set({ readingPositions: { ...readingPositions, 'https://essays.example/firefox': { fraction: 0.3, savedAt: 1000 } } });
          await folio.service.saveSyncSettings(${JSON.stringify(settings)});
          return folio.service.syncNow();
        }`,
      );
      expect(after.state).toBe('idle');

      // The other device: Folio's sync engine over its own database, against the same server.
      const other = createFolioDb('firefox-other-device', { indexedDB, IDBKeyRange });
      let otherPlaces: Record<string, ReadingPosition> = {};
      const otherDeps = {
        db: other,
        dav: new DavClient({ folder: `${dav.url}Folio/`, user: 'reader', password: 'firefox-app-password' }),
        folder: `${dav.url}Folio/`,
        device: 'device-other',
        conflictLabel: () => '[conflict]',
        siteRules: { load: async () => [], save: async () => {} },
        readingPlaces: {
          load: async () => otherPlaces,
          mergeIn: async (places: Record<string, ReadingPosition>) => {
            otherPlaces = mergeReadingPositions(otherPlaces, places);
          },
        },
      };
      await syncLibrary(otherDeps);
      expect(otherPlaces['https://essays.example/firefox']).toEqual({ fraction: 0.3, savedAt: 1000 });
      // The profile has the earlier tests' highlights too: all of them arrive; this is the new one.
      const received = (await other.highlights.toArray()).find((h) => h.note === 'first');
      expect(received).toMatchObject({ color: 'blue' });
      expect(await other.highlights.count()).toBe(
        await firefox.inBackground<number>('async (folio) => folio.db.highlights.count()'),
      );
      await updateHighlight(other, received?.id as string, { note: 'edited on the other device', tags: ['synced'] });
      otherPlaces = { ...otherPlaces, 'https://essays.example/firefox': { fraction: 0.7, savedAt: 2000 } };
      await syncLibrary(otherDeps);
      await other.delete();

      const notes = await firefox.inBackground<string[]>(
        `async (folio) => {
          await folio.service.syncNow();
          return (await folio.db.highlights.toArray()).map((h) => h.note + '|' + h.tags.join(','));
        }`,
      );
      expect(notes).toContain('edited on the other device|synced');
      // The other device read further since: Firefox's reader would continue there.
      expect(
        await firefox.inBackground<unknown>(
          `async (folio, browser) => (await browser.storage.local.get('readingPositions')).readingPositions['https://essays.example/firefox']`,
        ),
      ).toEqual({ fraction: 0.7, savedAt: 2000 });
    } finally {
      await dav.stop();
    }
  });
});

describe('Firefox: the library, restoring a backup and sending to Obsidian', () => {
  it('brings back the reading view, read aloud and template settings, the always-open sites and reading positions', async () => {
    const preferences = {
      reader: READER_SETTINGS_ELSEWHERE,
      listen: LISTEN_SETTINGS_ELSEWHERE,
      markdownTemplate: '# {{title}}',
      alwaysOpenSites: [server.origin],
      readingPositions: { [server.url('zh-essay.html')]: { fraction: 0.4, savedAt: Date.now() } },
    };
    const file = join(await mkdtemp(join(tmpdir(), 'folio-restore-')), 'folio-backup.json');
    await writeFile(file, JSON.stringify(buildBackup([], [], { preferences: preferences as never })));

    // The library, opened by the background (WebDriver may not navigate to extension pages).
    await firefox.inBackground(`async (folio, browser) => { await browser.tabs.create({ url: '/library.html' }); }`);
    const library = await folioTab('/library.html');
    await library.bringToFront();
    // The tools unfold by themselves in an empty library; else a click unfolds them.
    await library.waitForSelector('.library-empty, .library-item');
    if (!(await library.$('details.library-tools[open]'))) await library.click('details.library-tools summary');
    await library.waitForSelector('details.library-tools[open]');
    const input = await library.waitForSelector('input[type="file"][accept^=".json"]');
    await input?.uploadFile(file);
    await library.waitForSelector('.library-restore-preferences');
    const preview = await library.$eval('.library-restore-preferences', (set) => ({
      text: set.textContent,
      checked: [...set.querySelectorAll('input')].map((box) => box.checked),
    }));
    expect(preview.checked).toEqual([true, true]);
    expect(preview.text).toContain("Use this backup's settings: reading view, read aloud, Markdown template.");
    await library.click('.library-restore-actions .library-primary');
    const said = await until(
      () => library.$eval('body', (body) => body.textContent ?? ''),
      (text) => text.includes('Settings restored.'),
    );
    expect(said).toContain('Settings restored.');
    const stored = await firefox.inBackground<Record<string, unknown>>(
      `async (folio, browser) => browser.storage.local.get(['readerSettings', 'listenSettings', 'markdownTemplate', 'alwaysOpenSites', 'readingPositions'])`,
    );
    expect(stored).toMatchObject({
      readerSettings: preferences.reader,
      listenSettings: preferences.listen,
      markdownTemplate: preferences.markdownTemplate,
      alwaysOpenSites: preferences.alwaysOpenSites,
      // Merged with the places the earlier tests left: the file's page among them.
      readingPositions: preferences.readingPositions,
    });
    // The later tests open the reader themselves: not by itself on the restored site.
    await firefox.inBackground(
      `async (folio, browser) => browser.storage.local.remove(['readerSettings', 'listenSettings', 'markdownTemplate', 'alwaysOpenSites'])`,
    );
    await library.close();
  });

  it('Send to Obsidian leaves the library where it was and says where the note went', async () => {
    const title = 'Sent from Firefox';
    await firefox.inBackground(
      `async (folio) => folio.service.createHighlight(
        { url: 'https://essays.example/obsidian-firefox', title: ${JSON.stringify(title)} },
        { target: { selector: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }] }, color: 'yellow', note: '', tags: [] },
      )`,
    );
    await firefox.inBackground(`async (folio, browser) => { await browser.tabs.create({ url: '/library.html' }); }`);
    const library = await folioTab('/library.html');
    await library.bringToFront();
    await library.waitForSelector('.library-item');
    const menu = await library.waitForSelector(`button[aria-label="More actions for “${title}”"]`);
    await menu?.click();
    const send = await library.waitForSelector('::-p-text(Send to Obsidian)');
    await send?.click();
    const said = await until(
      () => library.evaluate(() => document.body.textContent ?? ''),
      (text) => text.includes('Sent to Obsidian as'),
    );
    expect(said).toContain('Sent to Obsidian as Folio/Sent from Firefox.md.');
    // The address went to a tab of its own: with no Obsidian here, Firefox's "address wasn't
    // understood" page, which names the address it was given.
    const asked = await until(
      async () => (await firefox.browser.pages()).find(isObsidianErrorTab),
      (tab) => tab !== undefined,
    );
    const uri = new URL(new URL(asked?.url() ?? 'about:blank').searchParams.get('u') ?? 'about:blank');
    expect(uri.protocol).toBe('obsidian:');
    expect(uri.searchParams.get('file')).toBe('Folio/Sent from Firefox');
    expect(uri.searchParams.has('clipboard')).toBe(true);
    await asked?.close();
    expect(await library.evaluate(() => location.href)).toBe(`${FOLIO_ORIGIN}/library.html`);
    expect(await library.evaluate(() => document.querySelector('.library-item') !== null)).toBe(true);
    await library.close();
  });

  it('the library shows how far an article was read in the reader, and changes as the reader moves on', async () => {
    // Not begun here: an earlier test scrolled this article (and the reader remembered where).
    await firefox.inBackground('async (folio, browser) => { await browser.storage.local.remove("readingPositions"); }');
    const page = await openReader('generated/typeset-long.html');
    await click(page, 'button[title="Save article"]');
    await firefox.inBackground(`async (folio, browser) => { await browser.tabs.create({ url: '/library.html' }); }`);
    const library = await folioTab('/library.html');
    const metaOf = () =>
      library.evaluate(
        () =>
          [...document.querySelectorAll('.library-item')]
            .find((row) => row.textContent?.includes('Notes at length'))
            ?.querySelector('.library-meta')?.textContent ?? '',
      );
    expect(await until(metaOf, (meta) => meta.includes('highlights'))).not.toMatch(/% read/);
    await inFirefoxReader(page, (root) => {
      const scroller = root.querySelector('.folio-scroll') as HTMLElement;
      scroller.scrollTo({ top: (scroller.scrollHeight - scroller.clientHeight) / 2, behavior: 'instant' });
    });
    expect(await until(metaOf, (meta) => /% read/.test(meta))).toMatch(/\b\d{2}% read/);
    await library.close();
    await page.close();
  });

  it('the library is in the theme chosen for the reader, and follows a change', async () => {
    const setTheme = (theme: string) =>
      firefox.inBackground(
        `async (folio, browser) => { await browser.storage.local.set({ readerSettings: { theme: '${theme}' } }); }`,
      );
    await setTheme('dark');
    await firefox.inBackground(`async (folio, browser) => { await browser.tabs.create({ url: '/library.html' }); }`);
    const library = await folioTab('/library.html');
    const background = () => library.evaluate(() => getComputedStyle(document.body).backgroundColor);
    try {
      expect(await until(background, (colour) => colour === 'rgb(27, 28, 30)')).toBe('rgb(27, 28, 30)');
      await setTheme('light');
      expect(await until(background, (colour) => colour === 'rgb(251, 250, 247)')).toBe('rgb(251, 250, 247)');
    } finally {
      await firefox.inBackground('async (folio, browser) => { await browser.storage.local.remove("readerSettings"); }');
      await library.close();
    }
  });

  it('Send to Obsidian from the reader: the page and the reader stay, the address in a tab of its own', async () => {
    const page = await openReader('zh-essay.html');
    await click(page, 'button[title="Send to Obsidian"]');
    const said = await waitForFirefoxReader(page, (root) => {
      const text = root.querySelector('.folio-toast')?.textContent ?? '';
      return text.includes('Obsidian') ? text : undefined;
    });
    expect(said).toContain('Sent to Obsidian as Folio/关于提升青年读书习惯的几点思考.md.');
    const asked = await until(
      async () => (await firefox.browser.pages()).find(isObsidianErrorTab),
      (tab) => tab !== undefined,
    );
    const uri = new URL(new URL(asked?.url() ?? 'about:blank').searchParams.get('u') ?? 'about:blank');
    expect(uri.searchParams.get('file')).toBe('Folio/关于提升青年读书习惯的几点思考');
    await asked?.close();
    expect(page.url()).toBe(server.url('zh-essay.html'));
    expect(await waitForFirefoxReader(page, (root) => root.querySelector('.folio-content p') !== null)).toBe(true);
    await page.close();
  });
});
