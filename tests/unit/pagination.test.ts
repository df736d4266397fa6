// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { decodeHtml } from '../../utils/encoding';
import { extractArticle } from '../../utils/extract';
import { PAGE_LIMITS } from '../../utils/extract/merge-pages';
import { findNextPage, samePageSeries } from '../../utils/extract/pagination';
import { firstPage, readFollowingPages } from '../../utils/extract/read-pages';

const URL_1 = 'https://fanwen.example/dushu/123.html';
const next = (html: string, url = URL_1, seen?: Set<string>) =>
  findNextPage(parseHtml(`<body>${html}</body>`, url), url, seen)?.url;

describe("finding an essay's next page", () => {
  it.each([
    [
      'a 下一页 link in the pager',
      '<div class="fenye">共3页 第1页 <a href="123_2.html">2</a> <a href="123_2.html">下一页</a></div>',
      'https://fanwen.example/dushu/123_2.html',
    ],
    ['rel=next', '<link rel="next" href="/dushu/123_2.html">', 'https://fanwen.example/dushu/123_2.html'],
    [
      'a pager of numbers only',
      '<div class="pages"><b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a></div>',
      'https://fanwen.example/dushu/123.html?page=2',
    ],
    [
      'a <select> pager',
      '<select onchange="location=this.value"><option value="123.html" selected>第1页</option><option value="123_2.html">第2页</option></select>',
      'https://fanwen.example/dushu/123_2.html',
    ],
    [
      '下一篇 beside 下一页: the page, not the next essay',
      '<p>下一篇：<a href="/dushu/124.html">另一篇</a></p><div class="page"><a href="123_2.html">下一页</a></div>',
      'https://fanwen.example/dushu/123_2.html',
    ],
  ])('%s', (_name, html, url) => {
    expect(next(html)).toBe(url);
  });

  it.each([
    ['a JavaScript-only pager', '<div class="pager"><a href="javascript:go(2)">下一页</a> <a href="#">2</a></div>'],
    [
      'a cross-origin next link',
      '<div class="pager"><a href="https://elsewhere.example/dushu/123_2.html">下一页</a></div>',
    ],
    ['only 下一篇 (the next essay)', '<p>下一篇：<a href="/dushu/124.html">另一篇</a></p>'],
    ['only 上一页', '<div class="pager"><a href="123_0.html">上一页</a></div>'],
    ['a number link outside a pager, to another article', '<p><a href="/dushu/2.html">2</a></p>'],
  ])('%s: none', (_name, html) => {
    expect(next(html)).toBeUndefined();
  });

  it('never goes back to a page already read (a cycle)', () => {
    const seen = new Set([URL_1, 'https://fanwen.example/dushu/123_2.html']);
    expect(
      next('<div class="fenye"><a href="123.html">下一页</a></div>', 'https://fanwen.example/dushu/123_3.html', seen),
    ).toBeUndefined();
  });

  it('knows the pages of one article by their URLs', () => {
    const u = (s: string) => new URL(s);
    expect(samePageSeries(u('https://a.test/x/1.html'), u('https://a.test/x/1_2.html'))).toBe(true);
    expect(samePageSeries(u('https://a.test/read?id=7'), u('https://a.test/read?id=7&page=2'))).toBe(true);
    expect(samePageSeries(u('https://a.test/post/'), u('https://a.test/post/page/2/'))).toBe(true);
    expect(samePageSeries(u('https://a.test/x/1.html'), u('https://a.test/x/2.html'))).toBe(false);
  });
});

describe('reading every page of an essay', () => {
  const dir = resolve(import.meta.dirname, '../fixtures/pages/paged');
  const origin = 'https://fanwen.example/paged/';
  /** The fixture files as a site: GBK bytes, decoded by their <meta charset>; a missing one is a 404. */
  const fetcher = (fetched: string[] = []) => ({
    async fetchHtml(url: string) {
      fetched.push(url);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(resolve(dir, url.slice(origin.length)));
      } catch {
        throw new Error('HTTP 404');
      }
      return { html: decodeHtml(bytes).text, bytes: bytes.length };
    },
    parse: (html: string) => parseHtml(html),
  });
  const open = (name: string) => {
    const url = `${origin}${name}`;
    const doc = parseHtml(decodeHtml(readFileSync(resolve(dir, name))).text, url);
    const result = extractArticle(parseHtml(decodeHtml(readFileSync(resolve(dir, name))).text, url), { url });
    if (!result.ok) throw new Error(result.reason);
    return firstPage(doc, url, result.article);
  };

  it('reads a 3-page GBK essay to its end, once each page, and stops at the cycle back to page 1', async () => {
    const fetched: string[] = [];
    const read = await readFollowingPages(open('essay.html'), fetcher(fetched));
    expect(fetched).toEqual([`${origin}essay_2.html`, `${origin}essay_3.html`]);
    expect(read.status).toEqual({ loaded: 3 });
    expect(read.pages.map((p) => p.textContent.includes('总之，只要我们静下心来'))).toEqual([false, false, true]);
  });

  it('names the page that fails and keeps the pages before it', async () => {
    const read = await readFollowingPages(open('broken.html'), fetcher());
    expect(read.status).toEqual({ loaded: 1, failed: { page: 2, url: `${origin}missing_2.html`, reason: 'HTTP 404' } });
  });

  it('stops at 20 pages and says so', async () => {
    const many = { ...open('essay.html'), next: `${origin}essay_2.html` };
    many.pages = Array.from({ length: PAGE_LIMITS.pages }, () => many.pages[0] as never);
    const read = await readFollowingPages(many, fetcher());
    expect(read.status).toEqual({ loaded: PAGE_LIMITS.pages, limit: 'pages' });
  });
});
