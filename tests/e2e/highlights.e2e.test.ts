import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { blueTintShare, drawnPixels } from './support/pixels';
import { clickInReader, selectInReader } from './support/reader-actions';
import {
  focusArticleAtStart,
  highlightAtReadingLine,
  pageRegistryOf,
  quoteLineBox,
  registryOf,
} from './support/reader-dom';
import { inReader, readerFrame, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

async function openReader(page: Page, path: string) {
  await page.goto(server.url(path));
  expect(await runFolioCommand(folio.serviceWorker, page, 'toggle-reader')).toEqual({ ok: true });
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
}

/** Painted in the reader (its own frame). */
async function painted(page: Page) {
  return (await inReader(page, registryOf)) ?? {};
}

/** Painted on the original page: what the page itself can see. */
function paintedOnPage(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(`(${pageRegistryOf.toString()})(document)`);
}

const QUOTE = '不少青年每天花在手机上的时间超过五个小时';

/**
 * Where the note editor is against the highlight `quote` in the reader frame (serialized into
 * it): the gap from the highlight's last line down to the editor's top, and whether it covers any
 * of the highlight.
 */
/** The note shown under `quote` in the highlights panel (serialized into the reader frame). */
function panelNoteOf(root: Document, quote: string) {
  const item = [...root.querySelectorAll('.folio-hl-item')].find(
    (li) => li.querySelector('.folio-hl-quote')?.textContent === quote,
  );
  return item?.querySelector('.folio-hl-note-text')?.textContent;
}

function editorBelowHighlight(root: Document, quote: string) {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const range = [...registry.values()].flatMap((hl) => [...hl]).find((r) => r.toString() === quote);
  const card = root.querySelector('.folio-anchored-editor')?.getBoundingClientRect();
  if (!range || !card) return undefined;
  const marked = range.getBoundingClientRect();
  return { gap: Math.round(card.top - marked.bottom), covers: card.top < marked.bottom };
}

describe('highlights in the reader', () => {
  it('are made from a selection, painted, and still there after a reload', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'zh-essay.html');
    // A first-time reader is told how (this profile has never highlighted).
    const hint = () => inReader(page, (root) => root.querySelector('.folio-first-hint')?.textContent ?? null);
    await expect.poll(hint).toContain('Select any passage to highlight it');
    await selectInReader(page, QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(3)'); // blue
    await expect.poll(() => painted(page)).toEqual({ blue: [QUOTE] });
    // And drawn in its colour (the reader's ::highlight rules).
    const line = await inReader(page, quoteLineBox, QUOTE);
    if (!line) throw new Error('the quote is not drawn');
    expect(blueTintShare(await drawnPixels({ screenshot: () => page.screenshot({ clip: line }) }))).toBeGreaterThan(
      0.3,
    );
    // Followed once, the hint goes, and does not come back.
    await expect.poll(hint).toBeNull();
    // Painted in the reader's frame: the page's own registry never holds the reader's ranges.
    expect(await paintedOnPage(page)).toEqual({});

    await page.reload();
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await expect.poll(() => painted(page)).toEqual({ blue: [QUOTE] });
    expect(await hint()).toBeNull();
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)'); // highlights panel
    const listed = await waitForReader(page, (root) =>
      [...root.querySelectorAll('.folio-hl-quote')].map((b) => b.textContent),
    );
    expect(listed).toEqual([QUOTE]);
    await page.close();
  });

  it('refuse an empty selection and one outside the article, with a message', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'en-article.html');
    await inReader(page, (root) => {
      const title = root.querySelector('.folio-title') as HTMLElement;
      document.getSelection()?.selectAllChildren(title);
    });
    await page.keyboard.press('Alt+Shift+H');
    expect(await waitForReader(page, (root) => root.querySelector('.folio-toast')?.textContent)).toBe(
      'Select text inside the article.',
    );
    expect(await painted(page)).toEqual({});
    await page.close();
  });

  it('keep a note as text, and delete with undo', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'en-article.html');
    await selectInReader(page, 'Slow reading is not about reading fewer words per minute');
    await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForReader(page, (root) => root.querySelector('.folio-editor textarea') !== null);
    await page.keyboard.type('<b>not bold</b> **nor this**');
    await inReader(page, (root) => {
      const input = root.querySelector('.folio-editor input') as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
        input,
        '#slow reading, 📚, ideas',
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickInReader(page, '.folio-editor-actions .folio-button-primary');
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)');
    const item = await waitForReader(page, (root) => {
      const note = root.querySelector('.folio-hl-note-text');
      return (
        note && {
          note: note.textContent,
          html: note.innerHTML,
          tags: root.querySelector('.folio-hl-tags')?.textContent,
        }
      );
    });
    expect(item).toEqual({
      note: '<b>not bold</b> **nor this**',
      html: '&lt;b&gt;not bold&lt;/b&gt; **nor this**',
      tags: '#slow reading#📚#ideas',
    });
    const QUOTE_EN = 'Slow reading is not about reading fewer words per minute';
    await expect.poll(() => painted(page)).toEqual({ yellow: [QUOTE_EN] });
    // Click on the highlighted words themselves: the editor opens; delete, then undo.
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)'); // close the panel
    const box = await inReader(
      page,
      (root, q) => {
        const content = root.querySelector('.folio-content') as HTMLElement;
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.nodeValue ?? '').indexOf(q);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 10);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return undefined;
      },
      QUOTE_EN,
    );
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0);
    await waitForReader(page, (root) => root.querySelector('.folio-editor') !== null);
    await clickInReader(page, '.folio-editor .folio-button-danger');
    await expect.poll(() => painted(page)).toEqual({});
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-toast')?.textContent))
      .toContain('Highlight deleted.');
    // Ctrl+Z, as in a document (the panel's test below clicks Undo).
    await page.keyboard.press('Control+z');
    await expect.poll(() => painted(page)).toEqual({ yellow: [QUOTE_EN] });
    expect(await inReader(page, (root) => root.querySelector('.folio-toast') === null)).toBe(true);
    await page.close();
  });

  it('save a note with Ctrl+Enter, Enter making a new line in it', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'en-article.html');
    await selectInReader(page, 'Slow reading is not about reading fewer words per minute');
    await clickInReader(page, '.folio-selection-toolbar .folio-button'); // Note
    await waitForReader(page, (root) => root.querySelector('.folio-editor textarea') !== null);
    await page.keyboard.type('first line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => inReader(page, (root) => root.querySelector('.folio-editor') === null)).toBe(true);
    const notes = await folio.serviceWorker.evaluate(async () => {
      const { db } = (
        globalThis as unknown as { folio: { db: { highlights: { toArray(): Promise<{ note: string }[]> } } } }
      ).folio;
      return (await db.highlights.toArray()).map((h) => h.note);
    });
    expect(notes).toContain('first line\nsecond line');
    await page.close();
  });

  it('N and P go from highlight to highlight in reading order, and say when there is none further', async () => {
    const page = await folio.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await openReader(page, 'generated/typeset-long.html');
    for (const quote of ['Paragraph 60 of a long essay', 'Paragraph 30 of a long essay']) {
      await selectInReader(page, quote);
      await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
      await waitForReader(page, (root) => root.querySelector('.folio-selection-toolbar') === null);
    }
    await expect.poll(async () => Object.values(await painted(page)).flat().length).toBe(2);
    await inReader(page, focusArticleAtStart);
    const atLine = () => inReader(page, highlightAtReadingLine);
    await page.keyboard.press('n');
    await expect.poll(atLine).toBe('Paragraph 30 of a long essay');
    await page.waitForTimeout(1100); // (within a second, N goes on from the last one it went to)
    await page.keyboard.press('n');
    await expect.poll(atLine).toBe('Paragraph 60 of a long essay');
    await page.waitForTimeout(1100);
    await page.keyboard.press('n');
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-toast')?.textContent))
      .toContain('No more highlights after this point.');
    await page.keyboard.press('p');
    await expect.poll(atLine).toBe('Paragraph 30 of a long essay');
    // In a list a letter picks an option (the colour filter's P, for Pink): it is not taken.
    await page.waitForTimeout(1100);
    await clickInReader(page, 'button[title="Highlights"]');
    await inReader(page, (root) => (root.querySelector('.folio-panel select') as HTMLSelectElement).focus());
    await page.keyboard.press('p');
    await page.waitForTimeout(500);
    expect(await inReader(page, (root) => root.querySelector('.folio-toast')?.textContent ?? '')).not.toContain(
      'No highlights before this point.',
    );
    await page.close();
  });

  it('dock their panel beside the text: no line under it, and the reader keeps their place', async () => {
    const page = await folio.context.newPage();
    // 1,000 px: the column narrows when a panel docks, and its lines reflow.
    await page.setViewportSize({ width: 1000, height: 800 });
    await openReader(page, 'zh-essay.html');
    // Scrolled into the essay: the character at the start of the view's first line is the
    // reader's place, counted from the start of the text.
    const place = () =>
      inReader(page, (root) => {
        const scroller = root.querySelector('.folio-scroll') as HTMLElement;
        const content = root.querySelector('.folio-content') as HTMLElement;
        const view = scroller.getBoundingClientRect();
        const column = content.getBoundingClientRect();
        for (let dy = 2; dy < 80; dy += 6) {
          const caret = root.caretRangeFromPoint(column.left + 2, view.top + dy);
          if (!caret || !content.contains(caret.startContainer)) continue;
          const before = root.createRange();
          before.setStart(content, 0);
          before.setEnd(caret.startContainer, caret.startOffset);
          return before.toString().length;
        }
        return -1;
      });
    await inReader(page, (root) => {
      const scroller = root.querySelector('.folio-scroll') as HTMLElement;
      const target = root.querySelectorAll('.folio-content p')[6] as HTMLElement;
      scroller.scrollTo({ top: target.offsetTop + 60, behavior: 'instant' });
    });
    expect(await place()).toBeGreaterThan(0);
    for (const index of [1, 2, 3]) {
      const before = (await place()) ?? -1;
      await clickInReader(page, `button[aria-controls="folio-panel"]:nth-of-type(${index})`);
      const layout = await waitForReader(page, (root) => {
        const panel = root.querySelector('.folio-panel')?.getBoundingClientRect();
        const paragraphs = [...root.querySelectorAll('.folio-content p')].map((p) => p.getBoundingClientRect());
        return panel && { panelLeft: panel.left, textRight: Math.max(...paragraphs.map((r) => r.right)) };
      });
      expect(layout?.textRight, `panel ${index}`).toBeLessThanOrEqual(layout?.panelLeft ?? 0);
      // The character that began the top line is still on the top line: that line now starts at
      // it or a little before it (a line holds about 31 characters narrowed, 35 wide).
      expect(before - ((await place()) ?? -1), `panel ${index}`).toBeGreaterThanOrEqual(0);
      expect(before - ((await place()) ?? -1), `panel ${index}`).toBeLessThan(36);
      await clickInReader(page, `button[aria-controls="folio-panel"]:nth-of-type(${index})`); // close
      await waitForReader(page, (root) => root.querySelector('.folio-panel') === null);
      // Closed, the line is back within a line of where it was before the panel opened.
      expect(Math.abs(before - ((await place()) ?? -1)), `panel ${index} closed`).toBeLessThan(36);
    }
    await page.close();
  });

  it('can each be edited, copied and deleted (with Undo) from the highlights panel', async () => {
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await folio.context.newPage();
    await openReader(page, 'en-article.html');
    const quote = 'It is about giving a text the attention it asks for';
    await selectInReader(page, quote);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(2)'); // green
    // (The highlight made by the test above is on this page too, in yellow.)
    await expect.poll(() => painted(page).then((p) => p.green)).toEqual([quote]);
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)');
    await clickInReader(page, `.folio-hl-actions button[aria-label="Edit the note of “${quote.slice(0, 40)}”"]`);
    // The editor opens under the highlight in the text, the panel stays docked beside it.
    await waitForReader(page, (root) => root.activeElement?.tagName === 'TEXTAREA');
    expect((await inReader(page, editorBelowHighlight, quote))?.covers).toBe(false);
    await page.keyboard.type('the heart of it');
    await clickInReader(page, '.folio-editor-actions .folio-button-primary');
    await expect.poll(() => inReader(page, panelNoteOf, quote)).toBe('the heart of it');
    expect(await inReader(page, (root) => root.querySelector('.folio-panel') !== null)).toBe(true);

    // A real click (the clipboard wants the user's gesture), in the reader's frame.
    await readerFrame(page)
      ?.getByRole('button', { name: `Copy “${quote.slice(0, 40)}”` })
      .click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${quote}\n\nthe heart of it`);

    await clickInReader(page, `.folio-hl-actions button[aria-label="Delete the highlight “${quote.slice(0, 40)}”"]`);
    await expect.poll(() => painted(page).then((p) => p.green)).toBeUndefined();
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-panel')?.textContent))
      .not.toContain(quote);
    await clickInReader(page, '.folio-toast-action'); // Undo
    await expect.poll(() => painted(page).then((p) => p.green)).toEqual([quote]);
    await expect.poll(() => inReader(page, panelNoteOf, quote)).toBe('the heart of it');
    await page.close();
  });
});

describe('highlights on the live page', () => {
  it('a highlight made in the reader is painted on the original page, and one made there shows in the reader', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'zh-news.html');
    const READER_QUOTE = '晚间到馆人数比以往增加了近一倍';
    await selectInReader(page, READER_QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(2)'); // green
    await expect.poll(() => painted(page)).toEqual({ green: [READER_QUOTE] });
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader'); // close the reader
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());

    // On the page: show, and the page's DOM is left as it was.
    const before = await page.evaluate(() => document.body.innerHTML);
    const shown = await runFolioCommand(folio.serviceWorker, page, 'show-highlights');
    expect(shown).toEqual({ ok: true, report: { shown: 1, notFound: 0 } });
    expect(await paintedOnPage(page)).toEqual({ green: [READER_QUOTE] });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

    // Made on the page (the context menu's command), it is in the reader too.
    const PAGE_QUOTE = '馆内新增了自助借还设备';
    await page.evaluate((q) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(q)) as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf(q);
      document.getSelection()?.setBaseAndExtent(text, at, text, at + q.length);
    }, PAGE_QUOTE);
    expect(await runFolioCommand(folio.serviceWorker, page, 'highlight-selection')).toEqual({
      ok: true,
      report: { shown: 2, notFound: 0 },
    });
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await expect.poll(() => painted(page)).toEqual({ green: [READER_QUOTE], yellow: [PAGE_QUOTE] });
    await page.close();
  });
});

describe('revisits', () => {
  // The e2e build holds the loopback host permission: what a user grants with the options
  // page's "show my highlights when I come back" (the prompt itself is out of Playwright's reach).
  it('with the permission granted, a page with highlights shows them by itself on the next visit', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'zh-essay-gbk.html');
    await selectInReader(page, QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(4)'); // pink
    await expect.poll(() => painted(page)).toEqual({ pink: [QUOTE] });
    await page.close();

    const revisit = await folio.context.newPage();
    const before = await revisit.goto(server.url('zh-essay-gbk.html')).then(() => revisit.content());
    await expect.poll(() => paintedOnPage(revisit)).toEqual({ pink: [QUOTE] }); // no command given
    expect(await revisit.content()).toBe(before); // painted, not written into the page
    await revisit.close();
  });
});

describe('a page that changes between visits', () => {
  it('keeps a highlight on its edited words and lists the one whose text is gone, never deleting it', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'generated/changing.html');
    await selectInReader(page, '晚间到馆人数比以往增加了近一倍');
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    await selectInReader(page, '馆内新增了自助借还设备');
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch:nth-of-type(4)'); // pink
    await expect.poll(async () => Object.keys(await painted(page)).sort()).toEqual(['pink', 'yellow']);

    await page.reload(); // the second visit: the text has changed
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    // The edited words: the fuzzy match may end a character short ("两倍" of "两倍多": both
    // alignments cost the same), never elsewhere.
    await expect.poll(async () => (await painted(page)).yellow?.[0]).toMatch(/^晚间到馆人数比以往增加了两倍多?$/);
    expect(Object.keys(await painted(page))).toEqual(['yellow']);
    await clickInReader(page, 'button[aria-controls="folio-panel"]:nth-of-type(3)');
    const orphans = await waitForReader(page, (root) => {
      const section = root.querySelector('.folio-hl-orphans');
      return (
        section && {
          heading: section.querySelector('h3')?.textContent,
          quotes: [...section.querySelectorAll('.folio-hl-quote')].map((q) => q.textContent),
        }
      );
    });
    expect(orphans).toEqual({ heading: 'Not found on this page (1)', quotes: ['馆内新增了自助借还设备'] });
    await page.close();
  });
});

describe('every open view', () => {
  it('a reader in another tab shows, without a reload, a highlight made in this one', async () => {
    const first = await folio.context.newPage();
    await openReader(first, 'en-article.html');
    const second = await folio.context.newPage();
    await openReader(second, 'en-article.html');
    const LIVE_QUOTE = 'Read it twice';
    await selectInReader(second, LIVE_QUOTE);
    await clickInReader(second, '.folio-selection-toolbar .folio-swatch:nth-of-type(5)'); // purple
    await expect.poll(async () => (await painted(first)).purple).toEqual([LIVE_QUOTE]);
    await first.close();
    await second.close();
  });
});

describe('a click on a highlight on the live page', () => {
  it('opens it in the reader, with its note and tags ready to edit', async () => {
    const page = await folio.context.newPage();
    await openReader(page, 'zh-essay-gbk.html');
    const QUOTE = '定期举办读书分享会';
    await selectInReader(page, QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    await expect.poll(async () => (await painted(page)).yellow).toEqual([QUOTE]);
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader'); // close
    await runFolioCommand(folio.serviceWorker, page, 'show-highlights');
    const box = await page.evaluate((q) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...registry.values()].flatMap((hl) => [...hl]).find((r) => r.toString() === q) as Range;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, QUOTE);
    await page.mouse.click(box.x, box.y);
    // The editor opens as a card just under that highlight, which stays in sight above it.
    await waitForReader(page, (root) => root.querySelector('.folio-anchored-editor textarea') !== null);
    const place = await inReader(page, editorBelowHighlight, QUOTE);
    expect(place?.covers).toBe(false);
    expect(place?.gap).toBeLessThan(24);
    await page.close();
  });
});
