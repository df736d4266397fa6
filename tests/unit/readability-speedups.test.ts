// @vitest-environment node
/**
 * Folio runs Readability with a few of its private helpers replaced by cheaper ones that must
 * answer the same. These tests hold them to that: whole parses, with and without the
 * replacements, are compared on every fixture page and on a page made to exercise each helper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { decodeHtml } from '../../utils/encoding';
import { fasterReadability, READABILITY_SPEEDUPS } from '../../utils/extract/readability-speedups';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the article, long enough to be scored as prose by Readability, with commas, clauses, and a full stop at the end of it.</p>`;

/** A page where each replaced helper has something to decide. */
const EXERCISE = `<!doctype html><html><head><title>Speed-ups | Example</title></head><body>
<div class="header"><a href="/">Home</a></div>
<article>
  <h1>Speed-ups</h1>
  <div class="author-bio">${'A long author biography, too long to be a byline at over a hundred characters. '.repeat(2)}</div>
  <div class="byline" rel="author">By <span>Jane Doe</span></div>
  ${paragraph(1)}
  <div style="display: none">${paragraph(2).replace('Paragraph', 'Hidden by display')}</div>
  <div style="visibility: hidden"><p>Hidden by visibility, a paragraph that must not be read.</p></div>
  <div style="color: red" align="center" bgcolor="#fff">${paragraph(3)}</div>
  <div hidden>${paragraph(4).replace('Paragraph', 'Hidden attribute')}</div>
  <div aria-hidden="true">${paragraph(5).replace('Paragraph', 'Aria hidden')}</div>
  <div aria-hidden="true" class="mwe-math-fallback-image-inline">${paragraph(6)}</div>
  <div> &nbsp; <br><br> </div>
  <div>\u3000<hr></div>
  <section>   </section>
  <div><span> </span></div>
  <h2>\u00a0\u3000</h2>
  ${paragraph(7)}
  <table width="100" cellpadding="2"><tr><td valign="top">${paragraph(8)}</td></tr></table>
  <pre width="80">const answer = 42;</pre>
  <hr width="50%">
  <table><caption>Figures</caption><tr><th width="50">Name</th><th>Value</th></tr><tr><td height="9">a</td><td>1</td></tr></table>
  <svg width="10" height="10" style="fill: red"><script>var inSvg = 1;</script><a href="/in-svg"><text>SVG link</text></a><circle r="4"/></svg>
  ${paragraph(9)}
</article>
</body></html>`;

function parseBoth(html: string) {
  const url = 'https://example.test/article';
  const plain = new Readability(parseHtml(html, url)).parse();
  const faster = fasterReadability(parseHtml(html, url)).parse();
  return { plain, faster };
}

describe('Readability speed-ups', () => {
  it('replace methods that Readability 0.6 still has (an upgrade that renames one fails here)', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    for (const name of Object.keys(READABILITY_SPEEDUPS)) expect(typeof prototype[name], name).toBe('function');
    // And those Folio wraps to change what it decides (readability-phrasing, readability-prose-blocks,
    // readability-write-ups, readability-title-heading, readability-byline).
    for (const name of [
      '_isPhrasingContent',
      '_cleanConditionally',
      '_getLinkDensity',
      '_headerDuplicatesTitle',
      '_textSimilarity',
      '_getInnerText',
      '_isValidByline',
      'parse',
    ])
      expect(typeof prototype[name], name).toBe('function');
    const reader = new Readability(parseHtml('<p>text</p>', 'https://example.test/')) as unknown as Record<
      string,
      unknown
    >;
    expect(reader._charThreshold).toBe(500);
  });

  it('give the same article as plain Readability where each helper has something to decide', () => {
    const { plain, faster } = parseBoth(EXERCISE);
    expect(faster).toEqual(plain);
    // The page did exercise them: the byline was found, hidden blocks went, the fallback stayed,
    // presentational attributes were removed.
    expect(faster?.byline).toBe('By Jane Doe');
    expect(faster?.textContent).not.toMatch(/Hidden by|Aria hidden|Hidden attribute/);
    expect(faster?.textContent).toContain('Paragraph 6');
    expect(faster?.content).not.toMatch(/align=|bgcolor=|cellpadding=|valign=|<(?:pre|hr|th|td) (?:width|height)=/);
    expect(faster?.content).toMatch(/<pre>const answer/);
    // Elements collected by tag include SVG's own <script> and <a>, as a selector finds them.
    expect(faster?.content).not.toContain('inSvg');
    expect(faster?.content).toContain('href="https://example.test/in-svg"');
  });

  it('give the same article on lists nested 30 deep and boxes that lose their share bars', () => {
    // Blocks judged after a block inside them went: their text is read again without it.
    const links = (n: number) =>
      `<div class="share">${Array.from({ length: 6 }, (_, i) => `<a href="/s/${n}/${i}">Share on network ${i}</a>`).join(' ')}</div>`;
    // Once its share bar goes, the box holds a line too short to keep.
    const box = (n: number) => `<div>${links(n)}<p>Short ${n}.</p></div>`;
    const nested = (depth: number) =>
      `${'<ul><li>Level item, with a comma, '.repeat(depth)}<a href="/x">a link</a>${'</li></ul>'.repeat(depth)}`;
    const html = `<html><body><article><h1>Nested blocks</h1>${paragraph(1)}${box(1)}${paragraph(2)}${box(2)}${nested(30)}${paragraph(3)}${box(3)}${paragraph(4)}</article></body></html>`;
    const { plain, faster } = parseBoth(html);
    expect(faster).toEqual(plain);
  });

  it.each(readdirSync(PAGES).filter((f) => f.endsWith('.html')))(
    'give the same article as plain Readability on %s',
    (file) => {
      const html = decodeHtml(readFileSync(join(PAGES, file))).text;
      const { plain, faster } = parseBoth(html);
      expect(faster).toEqual(plain);
    },
  );
});
