// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/extract/types';

const URL = 'https://posts.folio.test/p/8a1c';
const paragraph = (n: number) =>
  `<p>第${n}段。去年秋天，我一个人去了云南，没有攻略，没有同伴，只带了一个背包和一本书。出发前朋友问我怕不怕，我说怕，但更怕一直不出发。</p>`;
const POST = [1, 2, 3, 4, 5].map(paragraph).join('');

function extract(body: string): Article {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>一个人的旅行 - 简书</title></head><body>${body}</body></html>`;
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('the author a platform names beside a Follow button under the title', () => {
  it('is the byline, and not also the article’s first line', () => {
    const article = extract(
      `<section><h1 class="_1RuRku">一个人的旅行</h1><div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/abc">青禾</a><button class="_3kba3h">关注</button><div class="s-dsoj"><span>2024.03.08 20:15:33</span><span>字数 1,024</span></div></div></div><article>${POST}</article></section>`,
    );
    expect(article.byline).toBe('青禾');
    expect(article.textContent.trim()).toMatch(/^第1段/);
  });

  it('is read through the button’s wrapper, in English too', () => {
    const article = extract(
      `<main><h1>一个人的旅行</h1><div><span><a href="/@ann">Ann Lee</a></span><span><button>+ Follow</button></span></div><article>${POST}</article></main>`,
    );
    expect(article.byline).toBe('Ann Lee');
  });

  it('is the linked name a date and a place stand between, and never words that are not a link', () => {
    const header = (name: string) =>
      `<div class="a_title"><h1>一个人的旅行</h1></div><div class="a_info">${name}<span class="time">2024-03-08</span><span>发布于北京</span><span class="gz"><a>关注</a></span></div>`;
    expect(
      extract(`${header('<span class="name"><a href="/userhome/123">江南烟雨客</a></span>')}<div>${POST}</div>`).byline,
    ).toBe('江南烟雨客');
    expect(extract(`${header('<span class="name">江南烟雨客</span>')}<div>${POST}</div>`).byline).toBeUndefined();
  });

  it('is found past the dots between a header’s parts', () => {
    const article = extract(
      `<div class="article-content"><h1>一个人的旅行</h1><div class="article-meta"><span>原创</span><span class="dot">·</span><span class="name"><a href="/c/user/abc/">晚晴心语</a></span><span class="dot">·</span><span>2024-03-08 20:15</span><span class="dot">·</span><span>河南</span><button>关注</button></div><article>${POST}</article></div>`,
    );
    expect(article.byline).toBe('晚晴心语');
  });

  it('is not a name from a list of writers to follow further down the page', () => {
    const article = extract(
      `<main><h1>一个人的旅行</h1><article>${POST}</article><aside><h3>推荐作者</h3><ul>${[
        '李明',
        '王芳',
        '张伟',
        '刘洋',
        '陈静',
        '杨帆',
        '赵磊',
        '黄丽',
        '周杰',
        '吴敏',
        '徐强',
        '孙悦',
        '马超',
      ]
        .map((name) => `<li><a href="/u/${name}">${name}</a><button>关注</button></li>`)
        .join('')}</ul></aside></main>`,
    );
    expect(article.byline).toBeUndefined();
  });
});
