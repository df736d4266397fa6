// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';

const URL = 'https://images.folio.test/journal/kyoto';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the old town is best seen early, before the tour buses, when the shops are still shuttered and the lanes are quiet.</p>`;
const page = (body: string) =>
  `<body><nav><a href="/">Home</a></nav><article><h1>Kyoto on foot</h1>${paragraph(1)}${body}${paragraph(2)}${paragraph(3)}${paragraph(4)}</article></body>`;

/** The article's HTML as Folio renders it, parsed, with its images' addresses. */
function read(body: string) {
  const result = extractArticle(parseHtml(page(body), URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  const doc = parseHtml(`<body>${result.article.content}</body>`, URL);
  const images = [...doc.querySelectorAll('img')];
  return { article: result.article, doc, srcs: images.map((img) => img.getAttribute('src')), images };
}

const PHOTO = 'https://images.folio.test/photos/gion.jpg';
const EMPTY_SVG = `data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201400%201050'%3E%3C/svg%3E`;
const PIXEL_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('a lazy picture whose real address the page never gave', () => {
  it('leaves no blank box, and its caption stays', () => {
    const { srcs, doc } = read(`
      <figure><img src="${EMPTY_SVG}" width="1400" height="1050" alt="Gion at dawn"><figcaption>Gion at dawn, before the crowds</figcaption></figure>
      <p><img src="${PIXEL_GIF}" width="800" height="600" alt="Lanterns"></p>
      <p><img src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" width="1200" height="800" alt="Temple gate"></p>
      <p><img src="/lazy-load/images/1x1.trans.gif" alt=""></p>
      <p><img src="https://media.folio.test/designimages/nbc-ajax-loader.gif" alt=""></p>
      <p><picture><source type="image/webp"><img src="${PIXEL_GIF}" alt="Shrine"></picture></p>`);
    expect(srcs).toEqual([]);
    expect(doc.body.textContent).toContain('Gion at dawn, before the crowds');
    // The paragraphs that held only a placeholder went with it.
    expect([...doc.querySelectorAll('p')].every((p) => p.textContent?.trim())).toBe(true);
    expect(doc.querySelector('picture')).toBeNull();
  });

  it('keeps a picture the browser loads from elsewhere: a srcset, a lazy address Folio resolves, a real file name', () => {
    const { srcs, images } = read(`
      <p><img src="${PIXEL_GIF}" srcset="${PHOTO} 1x" alt="Gion"></p>
      <picture><source data-srcset="https://images.folio.test/photos/kamo.webp 1x" type="image/webp"><img src="${PIXEL_GIF}" alt="Kamo river"></picture>
      <p><img src="${PIXEL_GIF}" data-src="https://images.folio.test/photos/ponto.jpg" alt="Pontocho"></p>
      <p><img src="https://images.folio.test/photos/loading-dock.jpg" alt="The old loading dock"></p>
      <p><img src="https://images.folio.test/photos/harbour-boat-loader.jpg" alt="The harbour's boat loader"></p>`);
    // (Readability drops the placeholder's src where a srcset gives the picture.)
    expect(images[0]?.getAttribute('srcset')).toBe(`${PHOTO} 1x`);
    expect(srcs).toEqual([
      null,
      PIXEL_GIF,
      'https://images.folio.test/photos/ponto.jpg',
      'https://images.folio.test/photos/loading-dock.jpg',
      'https://images.folio.test/photos/harbour-boat-loader.jpg',
    ]);
  });

  it("gives a <picture>'s lazy <source> its srcset, so the browser loads it", () => {
    const { doc } = read(
      `<picture><source data-srcset="https://images.folio.test/photos/kamo.webp 1x" type="image/webp"><img src="${PHOTO}" alt="Kamo river"></picture>`,
    );
    expect(doc.querySelector('source')?.getAttribute('srcset')).toBe('https://images.folio.test/photos/kamo.webp 1x');
  });
});

describe('the same picture twice in a row', () => {
  it('shows it once (a script’s copy and its fallback), with the size only the copy declared', () => {
    const { images } = read(`
      <div><picture><img src="${PHOTO}" alt="Gion"></picture></div>
      <p><img src="${PHOTO}" alt="" width="2400" height="1260"></p>
      ${paragraph(5)}
      <p><img src="${PHOTO}" alt="Gion again, later in the walk"></p>`);
    // The third is the same photo with words between: the author showed it again.
    expect(images.map((img) => img.getAttribute('src'))).toEqual([PHOTO, PHOTO]);
    expect(images[0]?.getAttribute('width')).toBe('2400');
    expect(images[0]?.getAttribute('height')).toBe('1260');
  });

  it("keeps a rating's stars, and the same logo in each of a table's cells", () => {
    const star = 'https://images.folio.test/icons/star.svg';
    const logo = 'https://images.folio.test/logos/jr-pass.png';
    const { srcs } = read(`
      <p>Rating: <span><img src="${star}" width="17" height="15" alt="star"><img src="${star}" width="17" height="15" alt="star"><img src="${star}" width="17" height="15" alt="star"></span></p>
      <table><thead><tr><th><img src="${logo}" width="120" height="40" alt="JR Pass"></th><th><img src="${logo}" width="120" height="40" alt="JR Pass"></th></tr></thead>
      <tbody><tr><td>7 days</td><td>14 days</td></tr></tbody></table>`);
    expect(srcs.filter((src) => src === star)).toHaveLength(3);
    expect(srcs.filter((src) => src === logo)).toHaveLength(2);
  });
});

describe('an image without a size that the page repeats', () => {
  it("is the page's interface (a 'Pin it' button under each photo): it goes with its link, the photos stay", () => {
    const pin = 'https://images.folio.test/theme/pin-it-icon.png';
    const photos = [1, 2, 3].map((n) => `https://images.folio.test/photos/walk-${n}.jpg`);
    const { srcs, article } = read(
      photos
        .map(
          (photo, n) =>
            `<p><img src="${photo}" width="800" height="600" alt="Stop ${n + 1}"><a href="https://pinterest.test/pin/create?media=${photo}"><img src="${pin}"></a></p>${paragraph(10 + n)}`,
        )
        .join(''),
    );
    expect(srcs).toEqual(photos);
    // No empty link left behind: the Markdown export would write it as "[](…)".
    expect(htmlToMarkdown(article.content)).not.toContain('pinterest.test');
  });

  it('stays when it appears only twice (the same photo in the opening and in the text)', () => {
    const photo = 'https://images.folio.test/photos/unsized.jpg';
    const { srcs } = read(
      `<p><img src="${photo}" alt="Gion"></p>${paragraph(5)}<p><img src="${photo}" alt="Gion"></p>`,
    );
    expect(srcs).toEqual([photo, photo]);
  });
});

describe('a logo before the article’s first words', () => {
  it('goes (the header names the site); a logo in the text, after them, stays', () => {
    const siteLogo = 'https://images.folio.test/dist/img/logos/co_logobg_blue.svg';
    const brandLogo = 'https://images.folio.test/uploads/blueprint-mark.svg';
    const inText = 'https://images.folio.test/uploads/old-logo-2019.png';
    const html = `<body><article><h1>Kyoto on foot</h1><p><img src="${siteLogo}" alt="CO- logo"></p>
      <p><span><img src="${brandLogo}" alt="Blueprint logo" width="300" height="88"></span></p>
      ${paragraph(1)}${paragraph(2)}<p><img src="${inText}" alt="The old logo" width="400" height="200"></p>${paragraph(3)}${paragraph(4)}</article></body>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    const srcs = [...parseHtml(`<body>${result.article.content}</body>`, URL).querySelectorAll('img')].map((img) =>
      img.getAttribute('src'),
    );
    expect(srcs).toEqual([inText]);
  });
});

describe('a picture whose description describes nothing', () => {
  it('keeps the picture with no description, not a status, a generic word, an editor’s prompt, its file name or an address', () => {
    const photos = ['temple', 'lanes', 'market', 'river', 'shrine', 'garden', 'face', 'gate', 'pagoda', 'tea'].map(
      (name) => `https://images.folio.test/photos/${name}.jpg`,
    );
    const alts = [
      'processing...',
      'Loading …',
      'Image',
      'DSC_0042.JPG',
      'A maiko crossing the Shirakawa bridge',
      'Logo',
      'e0a77d45f2235500f6fb529673354877?s=150&amp;d=identicon&amp;r=g',
      'https://images.folio.test/photos/gate.jpg',
      'Please set an alt value for this image...',
      'enter image description here',
    ];
    const { images, article } = read(
      photos
        .map(
          (src, i) =>
            `<figure><img src="${src}" width="1200" height="800" alt="${alts[i]}"></figure>${paragraph(10 + i)}`,
        )
        .join(''),
    );
    expect(images.map((img) => img.getAttribute('src'))).toEqual(photos);
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['', '', '', '', alts[4], 'Logo', '', '', '', '']);
    // The export writes what the reader shows: no "![processing...]".
    expect(htmlToMarkdown(article.content)).toContain(`![](${photos[0]})`);
    expect(htmlToMarkdown(article.content)).toContain(`![A maiko crossing the Shirakawa bridge](${photos[4]})`);
  });
});
