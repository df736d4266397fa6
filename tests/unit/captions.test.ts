// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';

const URL = 'https://captions.folio.test/story';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the store's third quarter was better than expected, and its shares rose before the opening bell.</p>`;
const story = (middle: string) =>
  `<body><article><h1>Home Depot beats estimates</h1>${paragraph(1)}${paragraph(2)}${middle}${paragraph(3)}${paragraph(4)}${paragraph(5)}</article></body>`;

function contentOf(html: string): Document {
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return parseHtml(`<body>${result.article.content}</body>`, URL);
}

/** The caption the reader shows under the picture whose address holds `file`, or undefined. */
function captionOf(doc: Document, file: string): string | undefined {
  const img = [...doc.querySelectorAll('img')].find((i) => (i.getAttribute('src') ?? '').includes(file));
  return img?.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('captions a page sets as a block after the picture', () => {
  it('become the picture’s caption: a news site’s caption block, WordPress’s old caption box', () => {
    const doc = contentOf(
      story(`<div class="image-ct"><picture><img src="/loading-truck.jpg" alt="" width="931" height="523"></picture></div>
        <div class="caption"><p><span>Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla.</span><span> (AP Photo/Alan Diaz, File)</span></p></div>
        ${paragraph(6)}
        <div class="wp-caption aligncenter"><img src="/aisle.jpg" alt="An aisle" width="600" height="400"><p class="wp-caption-text">An aisle of garden supplies in Atlanta.</p></div>`),
    );
    expect(captionOf(doc, 'loading-truck.jpg')).toBe(
      'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
    );
    expect(captionOf(doc, 'aisle.jpg')).toBe('An aisle of garden supplies in Atlanta.');
    // Not also a paragraph of the story.
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(paragraphs.some((p) => p.includes('Vicente Aguiar') || p.includes('An aisle of garden'))).toBe(false);
  });

  it('becomes the picture’s caption when it is words alone in a <div> (a blog platform’s "image-caption")', () => {
    // Readability makes such a <div> a paragraph of its own making, without the div's attributes.
    const doc = contentOf(
      story(
        `<div class="image-package"><div class="image-container"><div class="image-view" data-width="1080" data-height="720"><img src="/lake.jpg" width="1080" height="720"></div></div><div class="image-caption">The lake at dawn, <em>seen from the pier</em></div></div>`,
      ),
    );
    expect(captionOf(doc, 'lake.jpg')).toBe('The lake at dawn, seen from the pier');
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(paragraphs.some((p) => p.includes('The lake at dawn'))).toBe(false);
  });

  it('keeps a caption Readability weighs down for its name ("embeddedMediaCaption": "media")', () => {
    const doc = contentOf(
      story(`<p><img src="/rescue.jpg" alt="" width="620" height="349"></p>
        <div class="embeddedMediaCaption medium"><div><p>A video showing the moment officers rescued the girl was released on Monday.</p></div><span class="pub">(Published Monday, Nov. 18, 2019)</span></div>
        ${paragraph(6)}<p><img src="/scene.jpg" alt="" width="620" height="349"></p>
        <div class="media-caption"><p>Officers outside the hotel in Forest Hill.</p></div>`),
    );
    // (The sentence's paragraph and the date's line, each a block of its own in the caption.)
    expect(captionOf(doc, 'rescue.jpg')).toBe(
      'A video showing the moment officers rescued the girl was released on Monday.(Published Monday, Nov. 18, 2019)',
    );
    expect(captionOf(doc, 'scene.jpg')).toBe('Officers outside the hotel in Forest Hill.');
  });

  it('leaves a paragraph after a picture the story’s own, and a block named a caption with no picture before it', () => {
    const doc = contentOf(
      story(`<p><img src="/chart.png" alt="Sales by quarter" width="600" height="300"></p>
        <p>Sales rose in every region, led by the South, where storms brought customers in for repairs.</p>
        ${paragraph(6)}<div class="caption"><p>Analysts had expected sales of $27.8 billion for the quarter, according to a survey.</p></div>
        <div><p><img src="/protest.jpg" alt="Protesters" width="590" height="390"></p><p><span>Shoppers queued outside the store in Atlanta <span class="caption-credit">(Image: GETTY)</span></span></p></div>`),
    );
    expect(captionOf(doc, 'chart.png')).toBeUndefined();
    expect(doc.body.textContent).toContain('Sales rose in every region');
    expect(doc.querySelector('figcaption')).toBeNull();
    expect(doc.body.textContent).toContain('Analysts had expected sales');
    // A credit named a caption, at the end of its sentence: it stays in that sentence.
    expect(captionOf(doc, 'protest.jpg')).toBeUndefined();
    expect(doc.body.textContent?.replace(/\s+/g, ' ')).toContain(
      'Shoppers queued outside the store in Atlanta (Image: GETTY)',
    );
  });
});
