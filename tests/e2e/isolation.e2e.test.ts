import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { clickInReader, selectInReader } from './support/reader-actions';
import {
  controlsTakenByPage,
  formulasOffTheirLines,
  HOSTILE_PLAYERS,
  HOSTILE_VIDEO,
  videosShown,
} from './support/reader-dom';
import { inReader, readerOpen, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

/**
 * The page is an adversary: tests/fixtures/pages/adversarial.html tries everything a page script
 * can against a reader over it, and hostile-markup.html carries handlers of every kind. While a
 * user highlights, types a note and saves, the page must get nothing, change nothing, and no
 * handler of the page may run because the reader opened.
 */
let folio: FolioBrowser;
let server: FixtureServer;
openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

const NOTE = 'my private note 私密笔记';
const QUOTE = '抄写的过程本身就是一次慢读';

interface Attack {
  keys: string[];
  registry: string[];
  roots: string[];
  frameReads: string[];
  frameErrors: number;
  frameCount?: number;
  forged: number;
  clicks: number;
  mutations: number;
  runtime: string;
  texts: string[];
  focusSteals: number;
}

const attack = (page: Page) => page.evaluate(() => (window as unknown as { __attack: Attack }).__attack);

async function storedHighlights(): Promise<{ note: string; url: string; target: unknown }[]> {
  return folio.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { folio: { db: { highlights: { toArray(): Promise<never[]> } } } }
    ).folio.db.highlights.toArray(),
  );
}

describe('a hostile page under the reader', () => {
  it('gets nothing while the user highlights a passage, types a note and saves it', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('adversarial.html'));
    await page.waitForTimeout(400); // the attack's timers have run a few times
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);

    await selectInReader(page, QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type(NOTE, { delay: 20 }); // real key events, while the page steals focus
    await clickInReader(page, '.folio-editor .folio-button-primary'); // Save
    await expect.poll(async () => (await storedHighlights()).map((h) => h.note)).toEqual([NOTE]);
    await page.waitForTimeout(500); // more rounds of the attack, with the note saved

    const got = await attack(page);
    // It did try: it saw Folio's host added, clicked everything, stole focus while the user typed.
    expect(got.mutations).toBeGreaterThan(0);
    expect(got.clicks).toBeGreaterThan(0);
    expect(got.focusSteals).toBeGreaterThan(0);
    // And it got nothing. The frame sits in a closed shadow tree, so it is not even among
    // window.frames: no handle to read it or to post forged messages to it.
    expect(got.frameCount ?? 0).toBe(0);
    expect(got.forged).toBe(0);
    expect(got.keys).toEqual([]);
    expect(got.registry).toEqual([]);
    expect(got.roots).toEqual([]);
    expect(got.frameReads).toEqual([]);
    expect(got.runtime).toBe('none');
    expect(JSON.stringify(got)).not.toContain(NOTE);
    expect(JSON.stringify(got)).not.toContain('私密');
    expect(await page.content()).not.toContain('私密');
    // Its forged "close" messages, synthetic Escapes and clicks changed nothing: the reader is
    // open, the note is as typed, the highlight is still there.
    expect(await inReader(page, (root) => root.querySelector('.folio-content') !== null)).toBe(true);
    expect((await storedHighlights()).map((h) => h.note)).toEqual([NOTE]);
    await page.close();
  });

  it('runs none of its own handlers again because the reader opened, nor when its links are clicked there', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('hostile-markup.html'));
    // In front first, as the command will bring it: the page's autofocused field reports focus again then.
    await page.bringToFront();
    await page.waitForTimeout(500);
    const ran = () => page.evaluate(() => [...(window as unknown as { __ran: string[] }).__ran].sort());
    const before = await ran();
    expect(before).toContain('img onerror'); // the page's handlers do run on the page itself

    const playerRequests: string[] = [];
    page.on('request', (request) => {
      if (/wistia|brightcove/.test(request.url())) playerRequests.push(request.url());
    });
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    const text = await waitForReader(page, (root) => root.querySelector('.folio-content')?.textContent);
    expect(text).toContain('A commonplace book is a notebook of passages');
    // The recipe card the page set aside, put back from the page's own elements, handlers gone.
    expect(text).toContain('a glass of sweet white wine');
    expect(text).toContain('Leave in a cool place overnight');

    // Every link in the reader, clicked by the user's own mouse and by script, and hovered.
    const links = await inReader(page, (root) =>
      [...root.querySelectorAll('.folio-content a')].map((a) => {
        const r = a.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, visible: r.width > 0 };
      }),
    );
    for (const link of links ?? []) if (link.visible) await page.mouse.click(link.x, link.y);
    await inReader(page, (root) => {
      for (const a of root.querySelectorAll<HTMLElement>(
        '.folio-content a, .folio-content area, .folio-content p, .folio-content details',
      ))
        a.click();
    });
    await page.waitForTimeout(500);
    expect(await ran()).toEqual(before);
    // The reader is still there: a link (an image map's too) is never followed inside the reader's frame.
    expect(await readerOpen(page)).toBe(true);
    expect(await inReader(page, (root) => root.querySelector('.folio-content') !== null)).toBe(true);
    // What the reader shows kept no handler, no script URL, no frame, form or foreign markup, and
    // nothing that would steer the reader (a Tab stop before its buttons, text made unselectable),
    // cover the text (an open <dialog>, which the browser lays on top) or keep it moving (<marquee>).
    const leftovers = await inReader(page, (root) => {
      const content = root.querySelector('.folio-content') as HTMLElement;
      const withHandlers = [...content.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on') || /javascript:/i.test(a.value)),
      );
      return {
        handlers: withHandlers.length,
        dangerous: content.querySelectorAll(
          'script, iframe, object, embed, form, input, svg, math, style, noscript, dialog, marquee',
        ).length,
        steering: content.querySelectorAll('[tabindex], [inert]').length,
      };
    });
    expect(leftovers).toEqual({ handlers: 0, dangerous: 0, steering: 0 });
    expect(text).toContain('Over the years the book becomes a map');
    // Its video player, with a handler and a title of markup, is a plain link to the video.
    // Its players drawn by script (Wistia's, Brightcove's) likewise: links, and nothing asked of their sites.
    expect((await inReader(page, videosShown))?.links).toEqual([
      { text: "▶ YouTube: <img src=x onerror=__report('video title')>", href: HOSTILE_VIDEO },
      ...HOSTILE_PLAYERS,
    ]);
    expect(playerRequests).toEqual([]);
    await page.close();
  });
});

describe('a page that gives its elements the ids of Folio’s controls', () => {
  it('takes none of them: the note’s labels, the tag suggestions and the panel stay Folio’s', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('hostile-markup.html'));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await selectInReader(page, 'Keep the headings few and broad');
    await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    const got = await inReader(page, controlsTakenByPage);
    // The page carries an element with each id the reader's controls name (else this proves nothing)…
    expect(got?.references).toBeGreaterThanOrEqual(5);
    expect(got?.aimed).toBe(got?.references);
    // …and none of them leads there: "Note" and "Tags" label Folio's fields, the tag field offers
    // no suggestion of the page's, the toolbar's buttons control Folio's panel.
    expect(got).toMatchObject({ taken: [], unlabelled: [] });
    expect(got?.suggestions).not.toContain('a tag from the page');
    await page.close();
  });
});

describe('a page whose formulas ask to be drawn anywhere', () => {
  it('keeps each part on its line and in the column, and TeX’s own sizes and spaces', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('hostile-formulas.html'));
    expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
    await waitForReader(page, (root) => root.querySelector('.folio-content math') !== null);
    const drawn = await inReader(page, formulasOffTheirLines);
    // No words lifted over the header, no glyph as tall as the screen, nothing pulled out of the column…
    expect(drawn).toMatchObject({ formulas: 5, outside: [], tallParagraphs: 0 });
    // …while TeX's \qquad is still two ems wide.
    expect(drawn?.qquadEms).toBeCloseTo(2, 0);
    await page.close();
  });
});

describe('the live page', () => {
  it('ignores a scripted click on a painted passage, and never holds a note or a tag', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    const quote = '不少青年每天花在手机上的时间超过五个小时';
    await selectInReader(page, quote);
    await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type('秘密的批注');
    await clickInReader(page, '.folio-editor .folio-button-primary');
    await expect.poll(async () => (await storedHighlights()).some((h) => h.note === '秘密的批注')).toBe(true);
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader'); // close
    expect(await runFolioCommand(folio.serviceWorker, page, 'show-highlights')).toMatchObject({ ok: true });

    // The page's script clicks the painted passage: nothing opens.
    await page.evaluate((q) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...registry.values()].flatMap((hl) => [...hl]).find((r) => r.toString() === q) as Range;
      const rect = range.getBoundingClientRect();
      const init = { bubbles: true, clientX: rect.left + 4, clientY: rect.top + rect.height / 2 };
      document.elementFromPoint(init.clientX, init.clientY)?.dispatchEvent(new MouseEvent('click', init));
    }, quote);
    await page.waitForTimeout(600);
    expect(await readerOpen(page)).toBe(false);
    // What the page can list says neither "Folio" nor a colour: the highlight names, the style
    // sheet that paints them, the performance timeline.
    const visible = await page.evaluate(() => ({
      names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      styles: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      marks: performance.getEntriesByType('mark').map((m) => m.name),
    }));
    expect(visible.names).toHaveLength(1);
    expect(visible.names.join(' ')).not.toMatch(/folio|yellow|green|blue|pink|purple/i);
    expect(visible.styles).toContain(`::highlight(${visible.names[0]})`);
    expect(visible.styles).not.toMatch(/folio/i);
    expect(visible.marks.filter((m) => /folio/i.test(m))).toEqual([]);
    // The note and its tags are nowhere in the page's DOM.
    expect(await page.content()).not.toContain('秘密的批注');
    await page.close();
  });
});
