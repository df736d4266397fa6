// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';

// A page read without its scripts (the command line, a saved page): what a script would have shown.
const URL = 'https://mp.folio.test/s/abc';
const paragraph = (n: number) =>
  `<p>第${n}段。人生就像一场漫长的旅行，沿途有风景，也有风雨。每个人都渴望成功，但真正能够抵达终点的，往往是那些懂得坚持的人。</p>`;
const BODY = [1, 2, 3, 4].map(paragraph).join('');

function read(body: string) {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>坚持的力量</title></head><body>${body}</body></html>`;
  return extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
}

describe('an article a page hides until its script shows it', () => {
  it('is read: WeChat’s body is visibility:hidden until its pictures are set up', () => {
    const result = read(
      `<div class="rich_media"><h1 id="activity-name">坚持的力量</h1><div id="js_content" class="rich_media_content" style="visibility: hidden;">${BODY}</div></div>`,
    );
    expect(result.ok && result.article.textContent.trim()).toMatch(/^第1段/);
    expect(result.ok && result.article.textContent).toContain('第4段');
  });

  it('but a box hidden by display:none stays out, whatever its visibility says', () => {
    const result = read(
      `<div style="display: none; visibility: hidden">${'这是一段隐藏的提示文字，只有点击之后才会出现。'.repeat(12)}</div><article><h1>坚持的力量</h1>${BODY}</article>`,
    );
    expect(result.ok && result.article.textContent).not.toContain('隐藏的提示文字');
  });
});
