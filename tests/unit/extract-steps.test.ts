// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';

const URL = 'https://steps.folio.test/post';
const enParagraph = (n: number) =>
  `<p>Paragraph ${n}: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.</p>`;
const extract = (html: string) => extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
const textOf = (html: string) => {
  const result = extract(html);
  return result.ok ? result.article.textContent : `(no article: ${result.reason})`;
};

describe('pages read without their scripts', () => {
  it('puts React-streamed segments in their places: the article, not the loading fallback', () => {
    const html = `<body><header><a href="/">Home</a></header>
      <main><!--$?--><template id="B:0"></template><div class="skeleton">Loading the article…</div><!--/$--></main>
      <footer>© Example</footer>
      <div hidden id="S:0"><article><h1>Streamed</h1>${[1, 2, 3, 4, 5].map(enParagraph).join('')}</article></div>
      <script>$RC("B:0","S:0")</script></body>`;
    const text = textOf(html);
    expect(text).toContain('Paragraph 1: reading slowly');
    expect(text).toContain('Paragraph 5: reading slowly');
    expect(text).not.toContain('Loading the article');
  });
});
