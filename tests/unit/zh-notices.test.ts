// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/extract/types';

/**
 * What Chinese content farms, blogs and news sites set under (or over) every article about the
 * article: its editor and source, its terms of copying, a request to follow the account. The
 * reader shows the essay; its header already names the site and links the original.
 */

const URL = 'http://www.meiwen.example.cn/lizhi/123.html';
const zhParagraph = (n: number) =>
  `<p>第${n}段。我们在生活中常常会遇到各种各样的困难，但是只要坚持下去，就一定能够看到希望的曙光。这是作者多年来的体会，也是想与读者分享的心得。</p>`;
const ESSAY = [1, 2, 3, 4, 5, 6].map(zhParagraph).join('');

function extract(before: string, after: string): Article {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>坚持的力量_励志文章_美文网</title></head><body><div class="content"><h1>坚持的力量</h1>${before}${ESSAY}${after}</div></body></html>`;
  const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

const lines = (article: Article) => article.textContent.trim().split('\n');

describe('Chinese notices about the article', () => {
  it.each([
    ['an editor in brackets', '<p>（责任编辑：王芳）</p>'],
    ['editors in square brackets', '<p>[责编：李四 校对：张三]</p>'],
    ['the source, in brackets', '<p>（来源：光明日报）</p>'],
    ['the source named for the article', '<p>本文来源：人民日报</p>'],
    [
      'a repost notice with the address',
      '<p>本文由美文网整理发布，转载请注明出处：http://www.meiwen.example.cn/lizhi/123.html</p>',
    ],
    [
      'a blog’s copyright statement',
      '<p>版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</p>',
    ],
    ['the original’s address', '<p>原文链接：https://blog.example.net/u/article/details/123</p>'],
    ['a ban on copying', '<p>本文为作者原创，未经授权禁止转载。</p>'],
    ['a takedown notice', '<p>声明：本文内容来源于网络，如有侵权请联系删除。</p>'],
    ['a picture credit with a takedown notice', '<p>图片来源于网络，侵删</p>'],
    ['a request to follow the account', '<p>欢迎关注我们的公众号，每天一篇好文章</p>'],
    ['a request to read the original', '<p>点击下方“阅读原文”查看更多</p>'],
  ])('drops %s under the essay', (_, notice) => {
    const article = extract('', `${notice}<p>（责任编辑：王芳）</p>`);
    expect(lines(article).at(-1)).toMatch(/^第6段/);
  });

  it.each([
    ['a count of comments', '<p>已有0位网友发表了看法</p>'],
    ['a count of comments in brackets', '<p>网友评论（3）</p>'],
    ['a request to like the essay', '<p>喜欢这篇文章就点个赞吧！</p>'],
    ['a pointer to more of the site', '<p>更多励志文章请访问：<a href="/lizhi/">励志文章</a></p>'],
    ['its tags', '<p>标签：<a href="/t/1">励志</a> <a href="/t/2">坚持</a></p>'],
    ['its keywords', '<p>关键词：励志,坚持,成长</p>'],
    ['a share bar', '<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></p>'],
    ['a request to pass the essay on', '<p>如果觉得《坚持的力量》不错，可以推荐给好友哦。</p>'],
    ['a notice that names the essay', '<p>本文《坚持的力量》由美文网整理发布，转载请保留出处。</p>'],
    ['the site’s word that the views are the author’s', '<p>复制本文链接 文章为作者独立观点不代表本站立场</p>'],
    ['a label left over other essays that went', '<p><strong>往期推荐</strong></p>'],
    ['the author’s note', '<p>作者简介：李明，中国作家协会会员，著有散文集《岁月》等。</p>'],
    ['a code to scan', '<p>手机扫描二维码阅读本文</p>'],
    ['a pointer to a topic page', '<p>点击进入专题：<a href="/zt/1">励志专题</a></p>'],
    ['the page’s buttons in brackets', '<p>【<a>打印</a>】 【<a>关闭</a>】 【<a>收藏</a>】</p>'],
    ['a report button', '<p>举报/反馈</p>'],
    ['a portal’s way back to itself', '<p>返回搜狐，查看更多</p>'],
    ['a correction button beside the editor', '<p>【纠错】 【责任编辑：王芳】</p>'],
    ['the story’s original headline', '<p>（原标题：坚持的力量究竟有多大）</p>'],
    [
      'a portal’s statement about reposting',
      '<p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p>',
    ],
    ['a pitch for the site’s app', '<p>海量资讯、精准解读，尽在新浪财经APP</p>'],
    ['a request to open the app', '<p>打开APP阅读更多精彩内容</p>'],
    ['a “related news” label over a list that went', '<p><strong>相关新闻</strong></p>'],
    ['an editor in brackets without a colon', '<p>（编辑 王芳）</p>'],
    ['editors after a slash, in square brackets', '<p>【责编/李四】</p>'],
    ['an editor and a proofreader without brackets', '<p>编辑 王芳 校对 张三</p>'],
    ['a platform’s date with the writer’s place', '<p>发布于 2024-03-08 10:12・IP 属地北京</p>'],
    ['a request to like with three exclamation marks', '<p>喜欢的朋友记得点赞、收藏、关注哦！！！</p>'],
    ['a pitch for the platform’s app', '<p>更多精彩内容，就在简书APP</p>'],
    ['a request for a tip', '<p>“小礼物走一走，来简书关注我”<button>赞赏支持</button>还没有人赞赏，支持一下</p>'],
    ['a request to share it', '<p>分享让更多人看到</p>'],
    ['a request to share, like and comment', '<p>欢迎分享、点赞与留言。</p>'],
    ['a row of buttons', '<p><a>推荐</a> | <a>喜欢</a> | <a>回应</a></p>'],
    ['a row of buttons with their counts', '<p><a>赞(12)</a> <a>评论(3)</a> <a>收藏</a></p>'],
    ['a prompt to follow', '<p>想了解更多精彩内容，快来关注美文网</p>'],
    ['a prompt to follow from the title', '<p>点击上方蓝字关注我们</p>'],
    ['a lone link to the original', '<p><a href="https://mp.example.cn/s/1">阅读原文</a></p>'],
    ['a note that the repost was allowed', '<p>该文章已获得作者授权转载</p>'],
    ['a note that it was reposted from an account', '<p>本文转载自公众号“美文精选”，已获授权。</p>'],
    ['a note that the writer sent it in', '<p>（本文系作者投稿，文责自负）</p>'],
    ['where its pictures came from', '<p>图文来源：网络，版权归原作者所有</p>'],
    ['its credits after bars', '<p>文字|李明 图片|网络</p>'],
    ['its producers’ credits', '<p>监制：王芳 主编：李四 编辑：张三</p>'],
    ['the author card’s figures', '<p><a href="/u/abc">青禾</a>总资产12共写了3.4W字获得120个赞共45个粉丝</p>'],
  ])('drops %s under the essay', (_, line) => {
    expect(lines(extract('', line)).at(-1)).toMatch(/^第6段/);
  });

  it.each([
    ['a count of readers', '<p>本文已影响 2.3万 人</p>'],
    [
      'the text-size switch and its buttons’ brackets',
      '<p>【字体：<a>大</a> <a>中</a> <a>小</a>】【打印】【关闭】</p>',
    ],
    ['a count of those who liked it', '<p>128 人赞同了该文章</p>'],
    ['WeChat’s line of account, author, date and place', '<p>原创 李明 美文精选 2024-03-05 09:12 发表于北京</p>'],
    ['a prompt to follow the account', '<p>点击上方“美文精选”，关注公众号</p>'],
    ['its reading time', '<p>全文共2345字，阅读大约需要6分钟</p>'],
    ['the collection it is in', '<p>收录于合集 #人生感悟 12个</p>'],
    ['its author after a bar', '<p>作者 | 李明</p>'],
    ['a news story’s date and source, the date first', '<p>2024年03月08日08:21 | 来源：人民网－人民日报</p>'],
    ['its reporters', '<p>本报记者 李明 王芳</p>'],
    ['a text-size button', '<p><a>小字号</a></p>'],
    ['a share bar’s label, its buttons gone', '<p>分享到：</p>'],
    [
      'a platform’s stats row after the date',
      '<p><span>2024.03.08 20:15:33</span><span>字数 1,024</span><span>阅读 3,402</span></p>',
    ],
    ['a platform’s date', '<p>编辑于 2024年3月8日</p>'],
    ['a date and time with the writer’s place and label', '<p>2024-03-08 20:15<span>河南</span>农业领域创作者</p>'],
  ])('drops %s over the essay', (_, line) => {
    expect(lines(extract(line, ''))[0]).toMatch(/^第1段/);
  });

  it('keeps the essay’s own closing lines that like, share or say more', () => {
    const own = [
      '<p>大家都喜欢他，觉得他是我们学习的榜样。</p>',
      '<p>更多的时候，我们需要的是耐心和坚持。</p>',
      '<p>如果觉得累了，就停下来休息一下，再把这份心得分享给身边的人。这是我最想说的话。</p>',
      '<p>点击鼠标的声音在深夜里格外清晰。</p>',
      '<p>外交部发言人发表声明：中方将继续坚持和平发展道路。</p>',
      '<p>他下载了一个新的学习软件，每天坚持打卡。</p>',
      '<p>主编 张三说，我们要坚持。</p>',
      '<p>他说，打赏不是目的，认真写好每一篇文章才是。粉丝们也都这么想。</p>',
      '<p>三年里他共写了20万字，获得3个奖项，这是他最骄傲的事。</p>',
      '<p>分享是一种美德，也是一种快乐。</p>',
      '<p>推荐你读一读这本书，它改变了我的一生。</p>',
      '<p>该文章所说的道理，其实我们每个人都懂。</p>',
      '<p>图片上的那个人，就是年轻时的父亲。</p>',
    ];
    const text = extract('', own.join('')).textContent;
    for (const line of own) expect(text).toContain(line.replace(/<[^>]+>/g, '').slice(0, 8));
  });

  it('drops a repost notice over the site’s list of other essays, once that list went', () => {
    const titles = ['关于坚持的作文', '坚持就是胜利', '坚持的名言警句', '青春的感悟']
      .map((title, i) => `<p><a href="/lizhi/${200 + i}.html">${title}</a></p>`)
      .join('');
    const article = extract('', `<p>本文由美文网整理发布，转载请注明出处：/lizhi/123.html</p>${titles}`);
    expect(lines(article).at(-1)).toMatch(/^第6段/);
  });

  it('drops a repost notice over the essay, and its editor’s credit is not taken for the author', () => {
    const article = extract(
      '<p>版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。</p>',
      '<p>（责任编辑：王芳）</p>',
    );
    expect(lines(article)[0]).toMatch(/^第1段/);
    expect(article.byline).toBeUndefined();
  });

  it('keeps the essay’s own sentences about copying and sources, and its closing mark', () => {
    const own = [
      // A sentence of the essay: it opens otherwise, and asks no one to write in.
      '<p>抄袭和未经授权的转载伤害的不只是作者，也伤害了愿意认真写作的每一个人。</p>',
      // Longer than a notice: a paragraph that discusses the terms.
      `<p>本文为作者原创，这句话我们常在文章末尾看到。${'可是很多人并不在意这一点，转载时也从不注明出处，这种现象值得我们每个人反思。'.repeat(5)}</p>`,
      // A paragraph about following: it asks nothing of the reader's account.
      '<p>他一直关注着家乡的变化，也关注着我们这些在外打拼的年轻人。</p>',
      '<p>（完）</p>',
    ];
    const article = extract('', own.join(''));
    const text = article.textContent;
    expect(text).toContain('抄袭和未经授权的转载');
    expect(text).toContain('这句话我们常在文章末尾看到');
    expect(text).toContain('他一直关注着家乡的变化');
    expect(lines(article).at(-1)).toBe('（完）');
  });
});
