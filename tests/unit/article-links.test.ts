import { describe, expect, it } from 'vitest';
import { articleLinkTarget, clickedLink } from '../../components/reader/article-links';
import { pageId } from '../../utils/extract/page-ids';

const PAGE = 'https://example.com/essays/reading?id=3';

/** The article as the reader has it: the sanitizer prefixed the page's ids (sanitize.ts). */
function setUp(html: string) {
  document.body.innerHTML = `<div class="folio-content">${html}</div>`;
  const content = document.querySelector('.folio-content') as HTMLElement;
  const link = content.querySelector('a') as HTMLAnchorElement;
  return { content, link };
}

describe('a link clicked in the reader', () => {
  it('to a passage of the same article scrolls there (the article’s own table of contents)', () => {
    const { content, link } = setUp(`<a href="${PAGE}#part-2">Part 2</a><h2 id="${pageId('part-2')}">Part 2</h2>`);
    expect(articleLinkTarget(link, content, PAGE)?.id).toBe(pageId('part-2'));
    expect(link.target).toBe('');
  });

  it('to a passage by an encoded id (Chinese headings) scrolls there too', () => {
    const { content, link } = setUp(
      `<a href="#${encodeURIComponent('第二部分')}">二</a><h2 id="${pageId('第二部分')}">二</h2>`,
    );
    expect(articleLinkTarget(link, content, PAGE)?.id).toBe(pageId('第二部分'));
  });

  it('anywhere else opens in a new tab, never inside the reader’s frame', () => {
    for (const href of [
      'https://other.example/page',
      `${PAGE.replace('id=3', 'id=4')}#part-2`, // another page of the site
      `${PAGE}#missing`, // a passage the reader does not have
      '/relative/path',
    ]) {
      const { content, link } = setUp(`<a href="${href}">x</a><h2 id="${pageId('part-2')}">Part 2</h2>`);
      expect(articleLinkTarget(link, content, PAGE)).toBeUndefined();
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });

  it('on an image map’s area opens in a new tab too, never inside the reader’s frame', () => {
    const { content } = setUp(
      `<p><img src="https://example.com/plan.png" usemap="#${pageId('rooms')}" alt="A plan"><map name="${pageId('rooms')}"><area href="https://other.example/room" alt="The reading room"></map></p>`,
    );
    const area = content.querySelector('area') as HTMLAreaElement;
    expect(clickedLink(area, content)).toBe(area);
    expect(articleLinkTarget(area, content, PAGE)).toBeUndefined();
    expect(area.target).toBe('_blank');
  });

  it('is found from any element inside it, and only inside the article', () => {
    document.body.innerHTML = `<a href="https://example.com/" id="outside">x</a><div class="folio-content"><a href="https://example.com/a"><em>in</em></a><p>no link</p></div>`;
    const content = document.querySelector('.folio-content') as HTMLElement;
    expect(clickedLink(content.querySelector('em'), content)).toBe(content.querySelector('a'));
    expect(clickedLink(content.querySelector('p'), content)).toBeUndefined();
    expect(clickedLink(document.getElementById('outside'), content)).toBeUndefined();
  });

  it('does not scroll to an element outside the article that happens to have the id', () => {
    document.body.innerHTML = `<h2 id="${pageId('toolbar')}">x</h2><div class="folio-content"><a href="#toolbar">x</a></div>`;
    const content = document.querySelector('.folio-content') as HTMLElement;
    const link = content.querySelector('a') as HTMLAnchorElement;
    expect(articleLinkTarget(link, content, PAGE)).toBeUndefined();
    expect(link.target).toBe('_blank');
  });
});
