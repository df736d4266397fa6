// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { removeLinkLists } from '../../utils/extract/link-lists';
import { RemovalReport } from '../../utils/extract/report';

const URL = 'https://links.folio.test/recipe';
const enParagraph = (n: number) =>
  `<p>Paragraph ${n}: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.</p>`;
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => enParagraph(i + 1)).join('');
const extract = (html: string) => extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });

describe('an article Readability took with a list of links', () => {
  it('is shown without the list when the list made it mostly links', () => {
    // A magazine's recipe: the site set its 200 other recipes as links in one paragraph inside
    // the article, so the article was mostly links and the reader said "No article found".
    const teasers = Array.from(
      { length: 200 },
      (_, i) => `<a href="/recipes/${i}">Another recipe worth trying, number ${i}</a>`,
    ).join('');
    const html = `<html><head><title>Pissaladière</title></head><body><article><h1>Pissaladière</h1>
      ${paragraphs(10)}<div><p>${teasers}</p></div></article></body></html>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('Paragraph 1: reading slowly');
    expect(result.article.textContent).toContain('Paragraph 10: reading slowly');
    expect(result.article.textContent).not.toContain('Another recipe worth trying');
  });

  it('still finds no article where the rest is a menu’s few blurbs', () => {
    // A mega-menu: lists of product links, each section with a line about it. Without the
    // lists, what is left is too short to be an article.
    const section = (name: string) =>
      `<div><h3>${name}</h3><p>Our ${name.toLowerCase()} are made for bakers on all five continents.</p>
       <ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/${name}/${i}">${name} ${i}</a></li>`).join('')}</ul></div>`;
    const html = `<html><head><title>Donut glaze</title></head><body><div>
      ${['Products', 'Recipes', 'Services', 'Mixes', 'Fillings'].map(section).join('')}</div></body></html>`;
    const result = extract(html);
    expect(result.ok).toBe(false);
  });
});

describe('removeLinkLists', () => {
  const containerOf = (html: string) => {
    const doc = parseHtml(`<body><div id="article">${html}</div></body>`, URL);
    return doc.getElementById('article') as Element;
  };

  it('takes a menu’s list with what stood over it alone: its heading and its current choice', () => {
    const countries = Array.from({ length: 50 }, (_, i) => `<li><a href="/c/${i}">Country ${i} (CUR)</a></li>`).join(
      '',
    );
    const container =
      containerOf(`<div class="drawer"><div><h2>Currency</h2><div><p><strong>Australia (AUD $)</strong></p>
      <ul>${countries}</ul></div></div></div>
      <p>How to make the juiciest rissoles at home, proper comfort food.</p>`);
    expect(removeLinkLists(container, new RemovalReport(false))).toBe(1);
    expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'How to make the juiciest rissoles at home, proper comfort food.',
    );
  });

  it('keeps a line with a link or two in it, and a list that is more than its links', () => {
    const container = containerOf(`<p>Share: <a href="/fb">Facebook</a>, <a href="/x">X</a></p>
      <ul><li><a href="/a">Flour</a>: 250 g of a gluten-free bread mix, sifted twice</li>
      <li><a href="/b">Yeast</a>: 7 g of dried baker's yeast, stirred into the water</li>
      <li><a href="/c">Olives</a>: about twenty black olives, pitted and halved</li></ul>`);
    expect(removeLinkLists(container, new RemovalReport(false))).toBe(0);
    expect(container.textContent).toContain('Share: Facebook, X');
    expect(container.textContent).toContain('about twenty black olives');
  });
});
