import { describe, expect, it } from 'vitest';
import type { FolioBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import { inReader, openReaderOn, readerFrame } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

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
    const font = await inReader(page, (root) => {
      const p = root.querySelector('.folio-content p') as HTMLElement;
      p.id = 'measured';
      return getComputedStyle(p).fontFamily;
    });
    expect(font?.startsWith('"Noto Serif", Georgia')).toBe(true);
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

  it('sets code at a code leading, keeps a wide table scrollable beyond the column, no heading under body size, and a picture’s place reserved', async () => {
    const page = await openReader('generated/typeset-en.html');
    const shown = await inReader(page, (root) => {
      const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
      const content = root.querySelector('.folio-content') as HTMLElement;
      const table = root.querySelector('.folio-content table') as HTMLElement;
      const img = root.querySelector('.folio-content img') as HTMLImageElement;
      return {
        preLeading:
          Number.parseFloat(style('.folio-content pre').lineHeight) /
          Number.parseFloat(style('.folio-content pre').fontSize),
        tree: root.querySelector('.folio-content pre')?.textContent,
        body: Number.parseFloat(style('.folio-content p').fontSize),
        h5: Number.parseFloat(style('.folio-content h5').fontSize),
        tableWider: table.getBoundingClientRect().width > content.getBoundingClientRect().width,
        tableScrolls: table.scrollWidth > table.clientWidth,
        cellGap: style('.folio-content td p').marginBottom,
        imgSize: [img.getAttribute('width'), img.getAttribute('height')],
        // Not loaded yet or not: its box already has the picture's ratio.
        imgRatio: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
      };
    });
    expect(shown?.preLeading).toBeLessThan(1.6);
    expect(shown?.tree).toContain('├── 2024/\n│   └── reading.md');
    expect(shown?.h5).toBeGreaterThanOrEqual(shown?.body ?? 0);
    expect(shown?.tableWider).toBe(true);
    expect(shown?.tableScrolls).toBe(true);
    expect(shown?.cellGap).toBe('0px');
    expect(shown?.imgSize).toEqual(['600', '300']);
    expect(shown?.imgRatio).toBeCloseTo(2, 1);
    await page.close();
  });

  it('follows its own table of contents inside the reader, and the page underneath stays where it was', async () => {
    const page = await openReader('generated/typeset-en.html');
    const pageScroll = await page.evaluate(() => window.scrollY);
    await inReader(page, (root) => (root.querySelector('a[href="#review"]') as HTMLElement).click());
    await expect
      .poll(() =>
        inReader(page, (root) => {
          const heading = root.getElementById('review')?.getBoundingClientRect().top ?? -1;
          return heading >= 0 && heading < 200;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.close();
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
