import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/extract/types';

/**
 * A code block numbered by a blog's highlighter reads as the code alone: one <pre>, no table, no
 * numbers in its text (nor in a copy of it, nor in the Markdown export).
 */

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: a small program shows the idea better than a page of prose, so here is one, short enough to read at a glance and to type in.</p>`;

function extract(block: string): Article {
  const html = `<html><head><title>A first program</title></head><body><article><h1>A first program</h1>${paragraph(1)}${block}${paragraph(2)}${paragraph(3)}</article></body></html>`;
  const result = extractArticle(parseHtml(html, 'https://code.test/first'), { url: 'https://code.test/first' });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** The text between the first and second paragraphs: the block's, as the reader's text has it. */
const blockText = (article: Article) =>
  article.textContent
    .slice(article.textContent.indexOf('type in.') + 8, article.textContent.indexOf('Paragraph 2'))
    .trim();

const HEXO = `<figure class="highlight js"><table><tr><td class="gutter"><pre><span class="line">1</span><br><span class="line">2</span><br></pre></td><td class="code"><pre><span class="line"><span class="keyword">const</span> a = 1;</span><br><span class="line">console.log(a);</span><br></pre></td></tr></table></figure>`;
const ROUGE = `<div class="highlight"><pre class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1
2
</pre></td><td class="rouge-code"><pre>const a = 1;
console.log(a);
</pre></td></tr></tbody></table></code></pre></div>`;
const HLJS_LN = `<pre><code class="hljs javascript"><table class="hljs-ln"><tbody><tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="1"><div class="hljs-ln-n" data-line-number="1"></div></td><td class="hljs-ln-line hljs-ln-code" data-line-number="1">const a = 1;</td></tr><tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="2"><div class="hljs-ln-n" data-line-number="2"></div></td><td class="hljs-ln-line hljs-ln-code" data-line-number="2">console.log(a);</td></tr></tbody></table></code></pre>`;
// A GitHub gist as its script leaves it in the live page: the numbers in the cells' attributes.
const GIST = `<div class="gist"><div class="gist-file"><div class="gist-data"><div class="blob-wrapper data type-javascript"><table class="highlight tab-size js-file-line-container" data-tab-size="8"><tr><td id="file-a-js-L1" class="blob-num js-line-number" data-line-number="1"></td><td id="file-a-js-LC1" class="blob-code blob-code-inner js-file-line"><span class="pl-k">const</span> a = 1;</td></tr><tr><td id="file-a-js-L2" class="blob-num js-line-number" data-line-number="2"></td><td id="file-a-js-LC2" class="blob-code blob-code-inner js-file-line">console.log(a);</td></tr></table></div></div><div class="gist-meta"><a href="https://gist.github.com/someone/abc/raw/a.js">view raw</a> <a href="https://gist.github.com/someone/abc#file-a-js">a.js</a> hosted with &#10084; by <a href="https://github.com">GitHub</a></div></div></div>`;
const PYGMENTS_INLINE = `<div class="highlight"><pre><span></span><span class="linenos">1</span>const a = 1;
<span class="linenos">2</span>console.log(a);
</pre></div>`;

describe('a code block with numbered lines', () => {
  it.each([
    ['Hexo', HEXO],
    ['Rouge', ROUGE],
    ['highlight.js line numbers', HLJS_LN],
    ['a GitHub gist', GIST],
    ['Pygments inline numbers', PYGMENTS_INLINE],
  ])('from %s is its code alone, in one <pre>', (_highlighter, block) => {
    const article = extract(block);
    expect(blockText(article)).toBe('const a = 1;\nconsole.log(a);');
    expect(article.content).not.toContain('<table');
    expect(article.content.match(/<pre/g)).toHaveLength(1);
  });

  it('keeps a table of numbered steps whose steps hold code, and every word of them', () => {
    const oneStep =
      '<table><tr><td>1</td><td><p>Install the tool first:</p><pre>npm install reader</pre><p>then open a page.</p></td></tr></table>';
    const steps =
      '<table><tr><td>1</td><td>Run <code>npm install</code> in the folder</td></tr><tr><td>2</td><td>Run <code>npm test</code> to check it</td></tr></table>';
    for (const table of [oneStep, steps]) {
      const article = extract(table);
      expect(article.content).toContain('<table');
      expect(blockText(article)).toMatch(/^1\s+(?:Install the tool first|Run npm install)/);
    }
  });

  it('keeps a ranking, its first column counting from one, as a table', () => {
    const ranking = `<table><tr><td>1</td><td>Paris, for its libraries and its bookshops along the river</td></tr><tr><td>2</td><td>Rome, for its reading rooms</td></tr></table>`;
    const article = extract(ranking);
    expect(article.content).toContain('<table');
    expect(blockText(article)).toContain('1');
  });
});
