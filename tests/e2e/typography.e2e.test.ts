import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageId } from '../../utils/extract/page-ids';
import type { FolioBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import { bluePixels, drawnPixels } from './support/pixels';
import { clickInReader, setReaderTheme } from './support/reader-actions';
import {
  brokenWordsInTableLinks,
  EN_MATH_FORMULAS,
  EN_RECIPE_SHOWN,
  EN_VIDEO_SHOWN,
  englishSetting,
  failedPicturesInLines,
  formulasDrawn,
  headingAtTop,
  openingSpace,
  PICTURES_IN_LINES_SHOWN,
  pictureLook,
  picturesPastColumn,
  recipeShown,
  scrollToThirdNoteNumber,
  textUnderToolbar,
  thirdNoteInView,
  videosShown,
  wideTableInReach,
} from './support/reader-dom';
import { inReader, openReaderOn, readerFrame, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';
import { expectEnglishSetting } from './support/typeset';

/**
 * How real pages are set in the reader: type by the article's script, code, tables, headings,
 * pictures' reserved space, and the article's own table of contents. On a machine with CJK fonts
 * installed (the CI installs fonts-noto-cjk), as every Chinese user's is.
 */

let folio: FolioBrowser;
let server: FixtureServer;
openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

const openReader = (path: string) => openReaderOn(folio, server.url(path));

describe('an English article', () => {
  it('is set in Latin type: its letters and apostrophes drawn by a Latin face, not a CJK face’s', async () => {
    const page = await openReader('generated/typeset-en.html');
    const { fontFamily, apostropheEm } = (await inReader(page, englishSetting)) ?? {};
    expect(fontFamily?.startsWith('"Noto Serif", Georgia')).toBe(true);
    // "It’s", not "It’ s": a CJK face draws the apostrophe a full em wide.
    expect(apostropheEm).toBeLessThan(0.45);
    await inReader(page, (root) => {
      (root.querySelector('.folio-content p') as HTMLElement).id = 'measured';
    });
    // The faces the browser actually drew the paragraph with (DevTools protocol, in the frame).
    const frame = readerFrame(page);
    if (!frame) throw new Error('no reader frame');
    const cdp = await folio.context.newCDPSession(frame);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#measured' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => /CJK/.test(f.familyName))).toEqual([]);
    await page.close();
  });

  it('sets code at a code leading, keeps a wide table scrollable beyond the column, no heading under body size, a picture’s place reserved and a video across the column', async () => {
    const page = await openReader('generated/typeset-en.html');
    const shown = await inReader(page, englishSetting);
    expectEnglishSetting(shown);
    // A video in its player's wrapper: kept, loading nothing, across the column.
    const video = await inReader(page, (root) => {
      const content = root.querySelector('.folio-content') as HTMLElement;
      const video = root.querySelector('.folio-content figure > video') as HTMLVideoElement;
      const box = video.getBoundingClientRect();
      return {
        preload: video.getAttribute('preload'),
        widthShare: box.width / content.getBoundingClientRect().width,
        ratio: box.width / box.height,
      };
    });
    expect(video?.preload).toBe('none');
    expect(video?.widthShare).toBeGreaterThan(0.95);
    expect(video?.ratio).toBeCloseTo(16 / 9, 1);
    await page.close();
  });

  it('follows its own table of contents inside the reader, and the page underneath stays where it was', async () => {
    const page = await openReader('generated/typeset-en.html');
    const pageScroll = await page.evaluate(() => window.scrollY);
    await inReader(page, (root) => (root.querySelector('a[href="#review"]') as HTMLElement).click());
    // The heading's id as the sanitizer named the page's.
    await expect.poll(() => inReader(page, headingAtTop, pageId('review'))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.close();
  });
});

describe('an article whose notes the page showed on demand inside its sentences', () => {
  it('takes the reader from a note’s number to the note at the end, and back', async () => {
    const page = await openReader('en-footnotes.html');
    await page.setViewportSize({ width: 900, height: 450 });
    const pageScroll = await page.evaluate(() => window.scrollY);
    await inReader(page, scrollToThirdNoteNumber);
    expect(await inReader(page, thirdNoteInView)).toEqual({ number: true, note: false });
    await clickInReader(page, '.folio-content sup a[href="#folio-note-3"]');
    await expect.poll(() => inReader(page, thirdNoteInView)).toMatchObject({ note: true });
    expect(
      await inReader(page, (root) => root.querySelector('[role="doc-endnotes"] li:nth-child(3)')?.textContent),
    ).toBe('Two ideas on one card always ended up filed under the wrong one. ↩');
    await inReader(page, (root) => root.querySelector('.folio-scroll')?.scrollBy({ top: 1000, behavior: 'instant' }));
    expect(await inReader(page, thirdNoteInView)).toEqual({ number: false, note: true });
    await clickInReader(page, '[role="doc-endnotes"] a[href="#folio-note-mark-3"]');
    await expect.poll(() => inReader(page, thirdNoteInView)).toMatchObject({ number: true });
    // The page underneath never moved.
    expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.close();
  });
});

describe('an article with formulas', () => {
  it('draws each one once from its MathML (KaTeX’s and MathJax’s drawings need their stylesheets), the displayed one on a line of its own', async () => {
    const page = await openReader('en-math.html');
    expect(await inReader(page, formulasDrawn)).toEqual(EN_MATH_FORMULAS);
    // Once: the sentence reads through the formula, no drawing's letters beside it.
    const sentence = await inReader(page, (root) =>
      [...root.querySelectorAll('.folio-content p')]
        .map((p) => p.textContent)
        .find((t) => t?.startsWith('Written out')),
    );
    expect(sentence).toBe('Written out, the relation is E=mc2, where the speed of light is squared.');
    await page.close();
  });
});

describe('an article whose code blocks number their lines', () => {
  it('shows each block as its code alone, without the column of numbers', async () => {
    const page = await openReader('en-code.html');
    // innerText: the lines as the reader shows them (a <br> is a line break, not nothing).
    const blocks = await inReader(page, (root) => ({
      tables: root.querySelectorAll('.folio-content table').length,
      // biome-ignore lint/performance/useDomNodeTextContent: what is laid out is the point.
      code: [...root.querySelectorAll('.folio-content pre')].map((pre) => (pre as HTMLElement).innerText.trimEnd()),
    }));
    expect(blocks).toEqual({
      tables: 0,
      code: [
        'const lines = readline.createInterface({ input });\nfor await (const line of lines)\n  count++;',
        'for await (const line of lines)\n  count++;',
      ],
    });
    await page.close();
  });
});

describe('the toolbar', () => {
  it('never hides a word: beside the column in a wide window, above the text in a narrower one; a wide table stops short of it', async () => {
    const page = await openReader('generated/typeset-en.html');
    const tableWidth = () =>
      inReader(page, (root) => root.querySelector('.folio-content table')?.getBoundingClientRect().width);
    // The words under the toolbar over a scroll through the whole article, and whether the
    // reading area starts below the toolbar (a strip of its own) or at the window's top.
    const layoutAt = async (width: number) => {
      await page.setViewportSize({ width, height: 700 });
      const layout = await inReader(page, textUnderToolbar);
      return layout && { covered: layout.covered, textBelowToolbar: layout.viewTop >= layout.barBottom };
    };
    // Wide: the toolbar floats beside the column and the text has the window's whole height.
    await expect.poll(() => layoutAt(1700)).toEqual({ covered: [], textBelowToolbar: false });
    const wideTable = (await tableWidth()) ?? 0;
    expect(wideTable).toBeGreaterThan(800); // still past the column's 42em
    // A laptop's window, half a screen: the column reaches under the toolbar, which moves above it.
    for (const width of [1280, 960]) {
      await expect
        .poll(() => layoutAt(width), { message: `${width} px` })
        .toEqual({ covered: [], textBelowToolbar: true });
    }
    // Wide again: the strip goes, and the table takes its width back.
    await expect.poll(() => layoutAt(1700)).toEqual({ covered: [], textBelowToolbar: false });
    expect(await tableWidth()).toBe(wideTable);
    await page.close();
  });
});

describe('a long English article, drawn in chunks', () => {
  it('shows a wide table whole, its first column within reach and its links’ words unbroken, past the first chunks', async () => {
    const page = await openReader('generated/typeset-long.html');
    const shown = await inReader(page, wideTableInReach);
    expect(shown).toEqual({ inChunk: true, pastColumn: true, firstCellReached: true, paragraphsInColumn: true });
    expect(await inReader(page, brokenWordsInTableLinks)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'])('shades a code block’s edge only where there is more to scroll (%s)', async (theme) => {
    await setReaderTheme(folio.serviceWorker, theme);
    const page = await openReader('generated/typeset-long.html');
    const frame = readerFrame(page);
    if (!frame) throw new Error('no reader frame');
    // The block's own colour (top middle, clear of both edges) against each edge, halfway down.
    const edges = async (nth: number) => {
      const drawn = await drawnPixels(frame.locator('.folio-content pre').nth(nth));
      const grey = (x: number, y: number) => drawn.at(x, y).reduce((sum, channel) => sum + channel, 0) / 3;
      const middle = Math.floor(drawn.height / 2);
      const own = grey(Math.floor(drawn.width / 2), 2);
      return { left: own - grey(2, middle), right: own - grey(drawn.width - 3, middle) };
    };
    const long = await edges(0);
    const fits = await edges(1);
    await setReaderTheme(folio.serviceWorker, 'system');
    expect(long.right).toBeGreaterThan(10);
    expect(Math.abs(long.left)).toBeLessThan(4);
    expect(Math.abs(fits.left)).toBeLessThan(4);
    expect(Math.abs(fits.right)).toBeLessThan(4);
    await page.close();
  });
});

describe('an article that opens on a section heading', () => {
  it('sets it as close under the header as a first paragraph would be; later headings keep their space', async () => {
    const headingFirst = await openReader('generated/opens-on-heading.html');
    const underHeading = await inReader(headingFirst, openingSpace);
    await headingFirst.close();
    const paragraphFirst = await openReader('generated/typeset-long.html');
    const underParagraph = await inReader(paragraphFirst, openingSpace);
    await paragraphFirst.close();
    expect(underHeading?.headingMargins[0]).toBe(0);
    expect(underHeading?.headingMargins[1]).toBeGreaterThan(20);
    expect(underHeading?.gapUnderHeader).toBeLessThanOrEqual((underParagraph?.gapUnderHeader ?? 0) + 2);
  });
});

describe('a Chinese essay under a template’s lang="en"', () => {
  it('is set as Chinese: CJK faces first, declared zh, indented and justified', async () => {
    const page = await openReader('generated/template-lang-en.html');
    const shown = await inReader(page, (root) => {
      const article = root.querySelector('.folio-article') as HTMLElement;
      const p = getComputedStyle(root.querySelector('.folio-content p') as Element);
      return { lang: article.lang, font: p.fontFamily, indent: p.textIndent, align: p.textAlign };
    });
    expect(shown?.lang).toBe('zh');
    expect(shown?.font.startsWith('"Noto Serif CJK SC"')).toBe(true);
    expect(shown?.align).toBe('justify');
    expect(Number.parseFloat(shown?.indent ?? '0')).toBeGreaterThan(30);
    await page.close();
  });
});

describe('Chinese typography (clreq) and the reader’s finishing touches', () => {
  it('a Chinese essay: a little space drawn between Chinese and the Latin words and numbers in it, none typed', async () => {
    const page = await openReader('generated/zh-mixed.html');
    const shown = await inReader(page, (root) => {
      const p = [...root.querySelectorAll('.folio-content p')].find((e) =>
        e.textContent?.startsWith('我每天'),
      ) as HTMLElement;
      const text = p.firstChild as Text;
      const leftOf = (character: string) => {
        const at = text.data.indexOf(character);
        const range = root.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().left;
      };
      const marks = ['3', '分', 'K', '读了', '本书'];
      // Set flush (justification spreads a line's slack over it), then with the space and without.
      p.style.textAlign = 'start';
      const spaced = marks.map(leftOf);
      p.style.setProperty('text-autospace', 'no-autospace');
      const together = marks.map(leftOf);
      p.style.cssText = '';
      return {
        text: p.textContent,
        fontSize: Number.parseFloat(getComputedStyle(p).fontSize),
        shifts: spaced.map((left, i) => left - (together[i] as number)),
      };
    });
    // The page's characters, no space typed in.
    expect(shown?.text?.startsWith('我每天读书30分钟，去年用Kindle读了12本书')).toBe(true);
    // Each boundary between Han and Latin adds about an eighth of an em: 读书|30|分,
    // 用|Kindle|读, 了|12|本 (the marks come after 1, 2, 3, 4 and 6 boundaries along the line).
    const eighth = (shown?.fontSize ?? 0) / 8;
    const boundaries = [1, 2, 3, 4, 6];
    expect(shown?.shifts).toHaveLength(5);
    for (const [i, shift] of (shown?.shifts ?? []).entries()) {
      expect(shift / eighth).toBeGreaterThan((boundaries[i] as number) * 0.6);
      expect(shift / eighth).toBeLessThan((boundaries[i] as number) * 1.6);
    }
    await page.close();
  });

  it('a Chinese essay: a picture standing as a paragraph, come or failed, stays inside the column, not pushed out by the indent', async () => {
    const page = await openReader('generated/zh-pictures.html');
    const shown = await waitForReader(page, picturesPastColumn);
    expect(shown).toEqual({ past: [0, 0], failedBoxes: 1 });
    await page.close();
  });

  it('a Chinese essay: indent without a gap, a line-head bracket set flush, the title once, an end mark', async () => {
    const page = await openReader('zh-essay.html');
    const shown = await inReader(page, (root) => {
      const paragraphs = [...root.querySelectorAll('.folio-content p')] as HTMLElement[];
      const bracketed = paragraphs.find((p) => p.textContent?.startsWith('（一）')) as HTMLElement;
      const plain = paragraphs.find((p) => p.textContent?.startsWith('读书是')) as HTMLElement;
      // Where the first character's glyph starts: a bracket's blank half trimmed, it starts where
      // an ordinary first character does.
      const firstInk = (p: HTMLElement) => {
        const range = root.createRange();
        range.setStart(p.firstChild as Text, 0);
        range.setEnd(p.firstChild as Text, 1);
        return range.getBoundingClientRect().left;
      };
      return {
        gap: getComputedStyle(plain).marginBottom,
        indent: getComputedStyle(plain).textIndent,
        trim: getComputedStyle(root.querySelector('.folio-content') as Element).getPropertyValue('text-spacing-trim'),
        bracketWidth: (() => {
          const range = root.createRange();
          range.setStart(bracketed.firstChild as Text, 0);
          range.setEnd(bracketed.firstChild as Text, 1);
          return range.getBoundingClientRect().width;
        })(),
        fontSize: Number.parseFloat(getComputedStyle(plain).fontSize),
        bracketStart: firstInk(bracketed),
        plainStart: firstInk(plain),
        first: paragraphs[0]?.textContent,
        end: root.querySelector('.folio-article > .folio-end')?.textContent,
      };
    });
    expect(shown?.gap).toBe('0px');
    expect(shown?.indent).toBe('38px');
    expect(shown?.trim).toBe('trim-start');
    // The bracket at the line's head is half a character wide, and starts with the others.
    expect(shown?.bracketWidth).toBeLessThan((shown?.fontSize ?? 0) * 0.75);
    expect(Math.abs((shown?.bracketStart ?? 0) - (shown?.plainStart ?? 99))).toBeLessThan(2);
    expect(shown?.first?.startsWith('读书是一个人精神成长的重要途径')).toBe(true);
    expect(shown?.end).toBe('∎');
    await page.close();
  });

  it('an English article: a gap between flush paragraphs; a picture that fails to load is a labelled box', async () => {
    const page = await openReader('generated/typeset-en.html');
    await expect
      .poll(() => inReader(page, (root) => root.querySelector('.folio-image-failed')?.getAttribute('aria-label')))
      .toBe('A picture that did not load: A chart of reading time');
    // Every picture that failed is a box: each error arrives on its own (one may still be on its
    // way when the first box is drawn; the CI once counted it under load).
    await expect
      .poll(() =>
        inReader(
          page,
          (root) =>
            [...root.querySelectorAll('.folio-content img')].filter(
              (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 0,
            ).length,
        ),
      )
      .toBe(0);
    const shown = await inReader(page, (root) => {
      const p = root.querySelector('.folio-content p') as HTMLElement;
      const box = root.querySelector('.folio-image-failed') as HTMLElement;
      return {
        gap: getComputedStyle(p).marginBottom,
        size: getComputedStyle(p).fontSize,
        drawn: getComputedStyle(box, '::before').content,
        // The words are drawn, not added to the text that highlights are anchored on.
        inText: root.querySelector('.folio-content')?.textContent?.includes('did not load'),
        brokenImages: [...root.querySelectorAll('.folio-content img')].filter(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 0,
        ).length,
      };
    });
    expect(shown?.gap).toBe(shown?.size);
    expect(shown?.drawn).toBe('"A picture that did not load: A chart of reading time"');
    expect(shown?.inText).toBe(false);
    expect(shown?.brokenImages).toBe(0);
    await page.close();
  });

  it('an English article: a missing picture inside a link is a box like the others, not underlined', async () => {
    const page = await openReader('generated/typeset-en.html');
    const box = () => readerFrame(page)?.locator('.folio-image-failed[aria-label$="A linked chart"]');
    await expect.poll(async () => (await box()?.count()) ?? 0).toBe(1);
    const drawn = await drawnPixels(box() as NonNullable<ReturnType<typeof box>>);
    // The label is drawn in grey; a link's underline would be drawn in the link's blue.
    expect(bluePixels(drawn)).toBe(0);
    await page.close();
  });

  it('an English article: an icon or a picture among words that fails keeps its line; a photo over its caption is a box', async () => {
    const page = await openReader('generated/pictures-in-lines.html');
    // Three ticks, the key and the photo: each error arrives on its own.
    await expect.poll(async () => (await inReader(page, failedPicturesInLines))?.failed).toBe(5);
    expect(await inReader(page, failedPicturesInLines)).toEqual(PICTURES_IN_LINES_SHOWN);
    await page.close();
  });

  it('an English article: a picture on its way holds its place as a faint box, without its alt text', async () => {
    const page = await openReader('generated/typeset-en.html');
    await expect.poll(async () => (await inReader(page, pictureLook, 'A notebook'))?.loaded).toBe(true);
    const loading = await inReader(page, pictureLook, 'A picture still on its way');
    const loaded = await inReader(page, pictureLook, 'A notebook');
    expect(loading?.ratio).toBeCloseTo(3, 1);
    expect(loading?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(loading?.text).toBe('rgba(0, 0, 0, 0)');
    expect(loaded?.background).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('the settings say sizes in words and show each font in its own face', async () => {
    const page = await openReader('zh-essay.html');
    await inReader(page, (root) =>
      (root.querySelector('button[aria-controls="folio-panel"]:nth-of-type(2)') as HTMLElement).click(),
    );
    await expect.poll(() => inReader(page, (root) => root.querySelectorAll('.folio-settings output').length)).toBe(3);
    const shown = await inReader(page, (root) => ({
      outputs: [...root.querySelectorAll('.folio-settings output')].map((o) => o.textContent),
      faces: [...root.querySelectorAll('.folio-settings fieldset')][1]
        ?.querySelectorAll('.folio-segment span')
        .values()
        .map((span) => getComputedStyle(span).fontFamily.split(',')[0])
        .toArray(),
    }));
    expect(shown?.outputs).toEqual(['Medium (19 px)', 'Comfortable (1.8)', 'About 35 characters a line']);
    expect(new Set(shown?.faces).size).toBe(3);
    await page.close();
  });
});

describe('a recipe', () => {
  it('shows the card’s ingredients, which link to a shop, and its steps, without its checkboxes', async () => {
    const page = await openReader('en-recipe.html');
    expect(await inReader(page, recipeShown)).toEqual(EN_RECIPE_SHOWN);
    await page.close();
  });
});

describe('an article with embedded videos', () => {
  it('shows each video as a link to its page, in its place, and loads nothing from the video sites', async () => {
    const videoSiteRequests: string[] = [];
    const watch = (request: Request) => {
      // The page's own players may load (the page is what it is); the reader's frame must not.
      if (request.frame().url().startsWith('chrome-extension://') && /youtube|vimeo|ads\.example/.test(request.url()))
        videoSiteRequests.push(request.url());
    };
    folio.context.on('request', watch);
    const reader = await openReader('en-video.html');
    expect(await inReader(reader, videosShown)).toEqual(EN_VIDEO_SHOWN);
    const order =
      (await inReader(reader, (root) =>
        [...root.querySelectorAll('.folio-content p')].map((p) => (p.textContent ?? '').slice(0, 12)),
      )) ?? [];
    expect(order.indexOf('▶ YouTube: H')).toBeGreaterThan(order.indexOf('Paragraph 1.'));
    expect(order.indexOf('▶ Vimeo')).toBe(order.indexOf('Paragraph 2.') + 1);
    folio.context.off('request', watch);
    expect(videoSiteRequests).toEqual([]);
    await reader.close();
  });
});
