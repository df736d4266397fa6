import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { selectInReader } from './support/reader-actions';
import { inReader, readerFrame, readerOpen, waitForReader } from './support/reader-frame';
import {
  finishUtterance,
  installRecordingVoice,
  paintedWord,
  recordedSpeech,
  sayWord,
} from './support/recording-voice';
import { openFolioAndFixtures } from './support/session';

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

const LISTEN_BUTTON = '.folio-toolbar button[aria-controls="folio-panel"]:nth-of-type(4)';

async function openReader(path: string, height = 900): Promise<Page> {
  const page = await folio.context.newPage();
  await page.setViewportSize({ width: 1100, height });
  await page.goto(server.url(path));
  expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  return page;
}

/** A real click on an element of the reader frame. */
async function clickInFrame(page: Page, selector: string): Promise<void> {
  await readerFrame(page)?.locator(selector).click();
}

const spoken = (page: Page) => inReader(page, recordedSpeech);
const lastSpoken = async (page: Page) => (await spoken(page))?.log.at(-1);
/** The words of the block marked as being read. */
const markedText = (page: Page) =>
  inReader(page, (root) => root.querySelector('.folio-speaking')?.textContent?.trim().slice(0, 40) ?? null);
const paragraphStart = (page: Page, index: number) =>
  inReader(page, (root, i) => root.querySelectorAll('.folio-content p')[i]?.textContent?.trim().slice(0, 40), index);
const statusText = (page: Page) => inReader(page, (root) => root.querySelector('.folio-listen-status')?.textContent);

describe('reading aloud', () => {
  it('reads from the paragraph in view, marks and follows it, and pauses, skips and changes speed', async () => {
    const page = await openReader('en-article.html', 420);
    await inReader(page, installRecordingVoice);
    await clickInFrame(page, LISTEN_BUTTON);
    await waitForReader(page, (root) => root.querySelector('.folio-listen-play') !== null);
    // The reader scrolled to the third paragraph: reading starts there, not at the title.
    await inReader(page, (root) => {
      const p = root.querySelectorAll('.folio-content p')[2] as HTMLElement;
      const scroller = root.querySelector('.folio-scroll') as HTMLElement;
      const by = p.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 2;
      scroller.scrollBy({ top: by, behavior: 'instant' });
    });
    // The voices in the article's language first, the browser's default (on this machine) first
    // among them, the online one said to be so; the Chinese one among the others.
    expect(
      await inReader(page, (root) =>
        [...root.querySelectorAll('.folio-listen select optgroup')].map((g) => [
          g.getAttribute('label'),
          [...g.querySelectorAll('option')].map((o) => o.textContent),
        ]),
      ),
    ).toEqual([
      ["In the article's language", ['Test English (en-US)', 'Network English (en-GB) · online']],
      ['Other languages', ['Test Chinese (zh-CN)']],
    ]);

    await clickInFrame(page, '.folio-listen-play');
    const third = await paragraphStart(page, 2);
    await expect.poll(async () => (await lastSpoken(page))?.text.slice(0, 40)).toBe(third);
    expect(await lastSpoken(page)).toMatchObject({ voice: 'test-en', rate: 1 });
    expect(await markedText(page)).toBe(third);
    // The voice at a word: that word is painted in the text, and goes when the next one comes.
    const utterance = (await lastSpoken(page))?.text ?? '';
    const at = utterance.indexOf('comprehension');
    expect(await inReader(page, sayWord, [at, 'comprehension'.length])).toBe(true);
    await expect.poll(() => inReader(page, paintedWord)).toBe('comprehension');
    await inReader(page, sayWord, [utterance.indexOf('consistently'), 'consistently'.length]);
    await expect.poll(() => inReader(page, paintedWord)).toBe('consistently');
    expect(await inReader(page, (root, sel) => root.querySelector(sel)?.textContent, LISTEN_BUTTON)).toContain('♪');

    // Through the third paragraph, utterance by utterance, to the fourth: marked and scrolled to.
    const fourth = await paragraphStart(page, 3);
    for (let i = 0; i < 10 && (await lastSpoken(page))?.text.slice(0, 40) !== fourth; i++) {
      await inReader(page, finishUtterance);
    }
    expect((await lastSpoken(page))?.text.slice(0, 40)).toBe(fourth);
    await expect.poll(() => markedText(page)).toBe(fourth);
    expect(await inReader(page, paintedWord)).toBeNull(); // the word went with its paragraph
    const inView = (root: Document) => {
      const marked = root.querySelector('.folio-speaking')?.getBoundingClientRect();
      const view = root.querySelector('.folio-scroll')?.getBoundingClientRect();
      return Boolean(marked && view && marked.top >= view.top - 1 && marked.top < view.bottom);
    };
    await expect.poll(() => inReader(page, inView)).toBe(true);

    // Scrolled back up to read something else: the voice reads on, to the next block, without
    // pulling the view down after it.
    await inReader(page, (root) => root.querySelector('.folio-scroll')?.scrollTo({ top: 0, behavior: 'instant' }));
    // (Stepped by what the voice was given, which comes at once, not by the mark, which follows.)
    const fourthWhole = await inReader(page, (root) =>
      root.querySelectorAll('.folio-content p')[3]?.textContent?.replace(/\s+/g, ' '),
    );
    for (let i = 0; i < 10 && fourthWhole?.includes((await lastSpoken(page))?.text ?? ''); i++) {
      await inReader(page, finishUtterance);
    }
    const listItem = 'Read with a pen, or a highlighter, in ha';
    expect((await lastSpoken(page))?.text.slice(0, 40)).toBe(listItem);
    await expect.poll(() => markedText(page)).toBe(listItem);
    await page.waitForTimeout(400);
    expect(await inReader(page, (root) => root.querySelector('.folio-scroll')?.scrollTop)).toBe(0);

    // Next paragraph: the voice is cut and goes on from the block after (the list's next item).
    await clickInFrame(page, '.folio-listen-controls button:last-child');
    await expect.poll(() => markedText(page)).not.toBe(listItem);
    const fifth = await markedText(page);
    await expect.poll(async () => (await lastSpoken(page))?.text.slice(0, 40)).toBe(fifth);

    // A new speed says the sentence again at that speed.
    const before = (await spoken(page))?.log.length ?? 0;
    await inReader(page, (root) => {
      const range = root.querySelector('.folio-listen input[type="range"]') as HTMLInputElement;
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      set?.call(range, '1.5');
      range.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(async () => (await spoken(page))?.log.length).toBe(before + 1);
    expect(await lastSpoken(page)).toMatchObject({ rate: 1.5 });
    expect((await lastSpoken(page))?.text.slice(0, 40)).toBe(fifth);

    // Alt+Shift+L pauses (the cut utterance's late "interrupted" is not taken for another
    // speaker); Read aloud says the sentence again.
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(() => statusText(page)).toMatch(/^Paused · paragraph \d+ of \d+$/);
    await page.waitForTimeout(100);
    expect(await statusText(page)).toMatch(/^Paused · /);
    expect(await inReader(page, finishUtterance)).toBe(false);
    expect(await markedText(page)).toBe(fifth);
    const paused = (await spoken(page))?.log.length ?? 0;
    await clickInFrame(page, '.folio-listen-play');
    await expect.poll(async () => (await spoken(page))?.log.length).toBe(paused + 1);
    expect((await lastSpoken(page))?.text.slice(0, 40)).toBe(fifth);

    // Previous paragraph.
    await clickInFrame(page, '.folio-listen-controls button:first-child');
    await expect.poll(async () => (await lastSpoken(page))?.text.slice(0, 40)).toBe(listItem);

    // Esc closes the panel and the voice reads on; Esc again closes the reader, and it stops.
    await page.keyboard.press('Escape');
    await expect.poll(() => inReader(page, (root) => root.querySelector('.folio-listen') === null)).toBe(true);
    expect(await inReader(page, (root, sel) => root.querySelector(sel)?.textContent, LISTEN_BUTTON)).toContain('♪');
    const cancelsBefore = (await spoken(page))?.cancels ?? 0;
    const said = (await spoken(page))?.log.length;
    await page.keyboard.press('Escape');
    await expect.poll(() => readerOpen(page)).toBe(false);
    // The frame stays, hidden: the voice in it was cut once, says nothing now, and marks nothing.
    const frame = readerFrame(page);
    const afterClose = () =>
      frame?.evaluate(() => {
        const voice = (window as unknown as { folioTestVoice: { cancels: number; finish(): boolean; log: unknown[] } })
          .folioTestVoice;
        return {
          cancels: voice.cancels,
          said: voice.log.length,
          speaking: voice.finish(),
          marked: document.querySelector('.folio-speaking') !== null,
        };
      });
    await expect.poll(afterClose).toEqual({ cancels: cancelsBefore + 1, said, speaking: false, marked: false });
    await page.waitForTimeout(200);
    expect(await afterClose()).toEqual({ cancels: cancelsBefore + 1, said, speaking: false, marked: false });

    // The speed is kept for next time.
    await page.close();
    const again = await openReader('en-article.html');
    await inReader(again, installRecordingVoice);
    await clickInFrame(again, LISTEN_BUTTON);
    await expect
      .poll(() => inReader(again, (root) => root.querySelector('.folio-listen output')?.textContent))
      .toBe('1.5×');
    await again.close();
  });

  it('reads a Chinese essay in a Chinese voice, though the browser’s default speaks English', async () => {
    const page = await openReader('zh-essay.html');
    await inReader(page, installRecordingVoice);
    await clickInFrame(page, LISTEN_BUTTON);
    await clickInFrame(page, '.folio-listen-play');
    await expect.poll(async () => (await lastSpoken(page))?.voice).toBe('test-zh');
    const title = await inReader(page, (root) => root.querySelector('.folio-title')?.textContent);
    // From the top: the title first, in Chinese.
    expect(await lastSpoken(page)).toMatchObject({ text: title, lang: 'zh-CN' });
    await page.close();
  });

  it('reads aloud from a selected passage’s paragraph, from the selection’s toolbar', async () => {
    const page = await openReader('en-article.html');
    await inReader(page, installRecordingVoice);
    // The passage scrolled into view, as a reader selecting it would have it.
    await inReader(page, (root) => {
      const p = [...root.querySelectorAll('.folio-content p')].find((el) => el.textContent?.startsWith('Tools can'));
      const scroller = root.querySelector('.folio-scroll') as HTMLElement;
      const by = (p?.getBoundingClientRect().top ?? 0) - scroller.getBoundingClientRect().top - 200;
      scroller.scrollBy({ top: by, behavior: 'instant' });
    });
    // Alt+Shift+L typed in a note is the note's (⌥⇧L types a letter on a Mac), not Play.
    await selectInReader(page, 'Tools can help too');
    await clickInFrame(page, '.folio-selection-toolbar .folio-button >> nth=0'); // Note
    await waitForReader(page, (root) => root.activeElement?.localName === 'textarea');
    await page.keyboard.press('Alt+Shift+KeyL');
    await page.waitForTimeout(300);
    expect((await spoken(page))?.log).toEqual([]);
    await page.keyboard.press('Escape');
    await waitForReader(page, (root) => root.querySelector('textarea') === null);

    await selectInReader(page, 'a highlighter lets you keep');
    await clickInFrame(page, '.folio-selection-toolbar button[title="Read aloud from here"]');
    await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^Tools can help too\. A reader view/);
    await expect.poll(() => markedText(page)).toBe('Tools can help too. A reader view remove');
    // The selection and its toolbar are gone; the Listen button says it is reading.
    expect(await inReader(page, (root) => root.querySelector('.folio-selection-toolbar'))).toBeNull();
    expect(await inReader(page, (root, sel) => root.querySelector(sel)?.textContent, LISTEN_BUTTON)).toContain('♪');
    await page.close();
  });

  it('reads on when the later pages of an essay come in and join it', async () => {
    const page = await folio.context.newPage();
    // Page 2 held back until the voice is reading page 1.
    let release = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    await page.route(/essay_2\.html/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url('paged/essay.html'));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await inReader(page, installRecordingVoice);
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(async () => (await spoken(page))?.log.length).toBe(1);
    await inReader(page, finishUtterance); // the title said: now the first paragraph
    await expect
      .poll(() => markedText(page))
      .not.toBe(await inReader(page, (root) => root.querySelector('.folio-title')?.textContent));
    const reading = await markedText(page);
    const said = (await spoken(page))?.log.length ?? 0;
    release();
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-pages-note')?.textContent))
      .toBe('3 pages of this essay, read as one.');
    // The same paragraph, in the merged essay, said again from its start; still reading.
    await expect.poll(async () => (await spoken(page))?.log.length).toBe(said + 1);
    expect((await lastSpoken(page))?.text.slice(0, 20)).toBe(reading?.slice(0, 20));
    await expect.poll(() => markedText(page)).toBe(reading);
    expect(await inReader(page, (root, sel) => root.querySelector(sel)?.textContent, LISTEN_BUTTON)).toContain('♪');
    await page.close();
  });

  it('says so when the system has no voice, as on this machine', async () => {
    const page = await openReader('en-article.html');
    // Asked from the keyboard, the Listen panel closed: a notice says why nothing is heard.
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-toast')?.textContent), { timeout: 15_000 })
      .toMatch(/no voice to read with/);
    expect(await markedText(page)).toBeNull();
    expect(await inReader(page, (root, sel) => root.querySelector(sel)?.textContent, LISTEN_BUTTON)).not.toContain('♪');
    await clickInFrame(page, LISTEN_BUTTON);
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-listen-problem')?.textContent), {
        timeout: 15_000,
      })
      .toMatch(/no voice to read with/);
    await page.close();
  });
});
