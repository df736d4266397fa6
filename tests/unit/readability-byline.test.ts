// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';

const URL = 'https://kochen.folio.test/rezepte/hackbraten';
const paragraph = (n: number) =>
  `<p>Schritt ${n}: Das Hackfleisch mit den Zwiebeln, dem eingeweichten Brötchen und den Eiern gut verkneten, dann würzen und in die Form geben.</p>`;

/**
 * The byline the reader shows for an article whose only credit is a box after it, too far below
 * the heading for Folio's own reading of the header: Readability's byline.
 */
function bylineWithBox(box: string): string | undefined {
  const body = Array.from({ length: 260 }, (_, i) => paragraph(i + 1)).join('');
  const html = `<html><head><title>Hackbraten</title></head><body><main><h1>Hackbraten</h1>${body}${box}</main></body></html>`;
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article.byline;
}

describe('the byline Readability finds in an author box', () => {
  it('is the name, not the box’s pieces run together with its button', () => {
    const box =
      '<section><h2>Rezeptautor:in</h2><div class="author-box"><div><img src="/a.jpg" alt="Bild von Delphinella">' +
      '<div><div><span class="author-box__name">Delphinella</span></div>' +
      '<div><a class="ds-btn" href="/user/profil/5f23/Delphinella.html"><span>Profil entdecken</span></a></div></div></div></div></section>';
    expect(bylineWithBox(box)).toBe('Delphinella');
  });

  it('is the piece the box marks as the name, a user name in lower case, not the box’s title', () => {
    const box =
      '<div class="author-info"><h3 class="author-info__title">Over de plaatser</h3><div class="author">' +
      '<img src="/avatars/pwiggers.jpg" alt="pwiggers avatar"><div class="author__wrapper">' +
      '<a href="https://kochen.folio.test/community/pagina/pwiggers" class="author__name">pwiggers</a></div></div></div>';
    expect(bylineWithBox(box)).toBe('pwiggers');
    // A label alone where the name should be names no one.
    const empty =
      '<div class="blog-author"><span class="author-name">Written By </span><span class="post-date">Feb 11, 2019 · 3 min read</span></div>';
    expect(bylineWithBox(empty)).toBeUndefined();
  });

  it('is never a commenter’s name', () => {
    // An article too short for Readability's first pass: it reads the page again without
    // dropping the blocks whose names it dislikes ("comments"), and met the commenter's name.
    const comments =
      '<div id="comments-section"><h3>38 Comments</h3><ol class="comment-list"><li class="comment"><div class="comment-author">' +
      '<span class="author-name"><a href="https://melodie.test/">melodie</a></span> wrote:</div>' +
      '<div class="comment-text"><p>Looks crazy, decadent and delicious!</p></div></li></ol></div>';
    const html = `<html><head><title>Hackbraten</title></head><body><main><h1>Hackbraten</h1>${paragraph(1)}${paragraph(2)}${comments}</main></body></html>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    expect(result.ok && result.article.byline).toBeFalsy();
  });

  it('leaves out a label in its own element, in any language', () => {
    expect(bylineWithBox('<div class="author"><span>Текст:</span> <span>Венера Ерофеева</span></div>')).toBe(
      'Венера Ерофеева',
    );
  });

  it('keeps two authors joined by "and"', () => {
    expect(bylineWithBox('<div class="byline"><a href="/p/1">Ana Ruiz</a> and <a href="/p/2">Tom Berg</a></div>')).toBe(
      'Ana Ruiz, Tom Berg',
    );
  });
});
