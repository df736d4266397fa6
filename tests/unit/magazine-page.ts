import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/extract/types';

/** A magazine page for the header's tests (standfirst, lead picture): where it claims to be. */
export const MAGAZINE_URL = 'https://news.test/2026/garden-hedges';

/** The article's own text: five plain paragraphs. */
export const MAGAZINE_BODY = [1, 2, 3, 4, 5]
  .map(
    (n) =>
      `<p>Paragraph ${n}: a hedge of yew or holly gives a garden its shape in winter, shelters birds from the wind and, planted this month, roots before the spring comes round again.</p>`,
  )
  .join('');

/**
 * A magazine's page (modeled on The Atlantic's): a header of rubric, heading, `header` (the
 * lines and pictures under the heading) and byline, apart from the body, which the extraction
 * takes; `head`: tags for the page's <head> (its description, its sharing picture).
 */
export function magazinePage({
  head = '',
  header = '',
  body = MAGAZINE_BODY,
}: {
  head?: string;
  header?: string;
  body?: string;
}) {
  return `<html><head><title>Three evergreens for your plot</title>${head}</head><body><nav><a href="/">Home</a></nav><article><header class="hero"><div class="rubric"><a href="/garden/">Gardening</a></div><div class="title"><h1>Three evergreens for your plot</h1></div>${header}<div class="hero-byline"><address>By <a href="/author/ada">Ada Gardener</a></address></div></header><section class="article-body">${body}</section></article></body></html>`;
}

/** The article Folio reads from the page; a test fails when it finds none. */
export function extractMagazine(html: string): Article {
  const result = extractArticle(parseHtml(html, MAGAZINE_URL), { url: MAGAZINE_URL });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}
