// @vitest-environment node

import { describe, expect, it } from 'vitest';
import { parseHtml, withoutStyleElements } from '../../bin/parse-html';
import { completedTagText } from '../../utils/db/tags';
import { sniffCharset } from '../../utils/encoding';
import { extractArticle } from '../../utils/extract';
import { splitTitle } from '../../utils/extract/metadata';
import { titleStem } from '../../utils/extract/outline';
import { isPromptLine } from '../../utils/extract/patterns';
import { urlMatches } from '../../utils/extract/site-rules';

/**
 * The patterns rewritten to be linear (see redos.test.ts) must still mean what they meant: these
 * are the lines and titles they were written for, and the hostile ones that used to hang.
 */
describe('patterns rewritten to be linear keep their meaning', () => {
  it('a pager line is still a pager line, an essay line is not', () => {
    for (const line of [
      '共3页 第1页 上一页 1 2 3 下一页',
      '1 2 3 下一页',
      '上一页123下一页',
      '[1][2][3] 下一页',
      '共 12 页',
      '首页 上一页 1 2 下一页 尾页 ',
    ])
      expect(isPromptLine(line), line).toBe(true);
    for (const line of ['1 2 3', '这一页写得很好，共有3个要点', '第1页的内容告诉我们123个道理', `${'1'.repeat(29)}页x`])
      expect(isPromptLine(line), line).toBe(false);
  });

  it('a title loses the counts and labels at its end, and only those', () => {
    expect(titleStem('关于存在的问题三篇')).toBe('关于存在的问题');
    expect(titleStem('读书心得【汇总】')).toBe('读书心得');
    expect(titleStem('读后感(精选3篇)')).toBe('读后感');
    expect(titleStem('标题（一）（二）3篇')).toBe('标题');
    expect(titleStem('我的理想12')).toBe('我的理想');
    expect(titleStem('文章多')).toBe('文章多');
    expect(titleStem('我们篇')).toBe('我们篇');
    expect(titleStem(`标题${'1'.repeat(5000)}`)).toBe('标题');
    expect(titleStem(`标题${'一'.repeat(5000)}`)).toBe('标题');
  });

  it('splits a title on its separators, however many spaces surround them', () => {
    expect(splitTitle('标题 - 栏目 | 站点')).toEqual(['标题', '栏目', '站点']);
    expect(splitTitle('Title    |     Site')).toEqual(['Title', 'Site']);
    expect(splitTitle('读书笔记-范文网')).toEqual(['读书笔记', '范文网']);
    expect(splitTitle('A well-known fact')).toEqual(['A well-known fact']);
  });

  it("matches a site rule's * patterns as globs, case-insensitively", () => {
    expect(urlMatches('https://www.example.com/*', 'https://WWW.example.com/a/b')).toBe(true);
    expect(urlMatches('*://*.example.com/*/article/*', 'https://news.example.com/2024/article/1')).toBe(true);
    expect(urlMatches('*://*.example.com/*/article/*', 'https://news.example.com/2024/video/1')).toBe(false);
    expect(urlMatches('https://a.test/x', 'https://a.test/x')).toBe(true);
    expect(urlMatches('https://a.test/x', 'https://a.test/xy')).toBe(false);
    expect(urlMatches('*a*a', 'xa')).toBe(false);
    expect(urlMatches('*ab*ba', 'aba')).toBe(false);
    expect(urlMatches('a.b?c', 'a.b?c')).toBe(true);
    expect(urlMatches('a.b', 'axb')).toBe(false);
  });

  it('finds a charset in the meta tags of the head', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(sniffCharset(bytes('<html><head><meta charset="GBK"><title>x</title>'))).toBe('gbk');
    expect(sniffCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(sniffCharset(bytes(`<meta name="a">${' '.repeat(900)}<p>charset=big5`))).toBeUndefined();
    expect(sniffCharset(bytes('<meta name="viewport"><meta charset=\' big5\'>'))).toBe('big5');
  });

  it('drops <style> elements, however they are closed or left open', () => {
    expect(withoutStyleElements('a<style>x{}</style>b<STYLE media=x>y</style >c')).toBe('abc');
    expect(withoutStyleElements('a<style>never closed')).toBe('a<style>never closed');
    expect(withoutStyleElements('<styles>kept</styles>')).toBe('<styles>kept</styles>');
  });

  it('completes a tag after the tags already typed, whatever separator they use', () => {
    expect(completedTagText('读书方法，摘', '摘抄')).toBe('读书方法， 摘抄');
    expect(completedTagText('a, b、c', 'cat')).toBe('a, b、 cat');
    expect(completedTagText('摘', '摘抄')).toBe('摘抄');
  });
});

describe('hostile text reaches the extractor', () => {
  it('reads an essay whose title and lines are built to make patterns backtrack', () => {
    const digits = '1'.repeat(40);
    const paragraph = '这是正文的一段，讲述了作者的经历和感受，内容充实，值得一读。'.repeat(4);
    const html = `<html><head><title>${digits}${'一'.repeat(3000)}</title></head><body><article>
      <h1>一篇文章</h1>${`<p>${paragraph}</p>`.repeat(8)}
      <p>${digits}页x</p><p>photo:${' '.repeat(20000)}.</p><p>${'一'.repeat(40)}</p>
      <p>home${' '.repeat(5000)}›x.</p><p>共3页 上一页 1 2 3 下一页</p></article></body></html>`;
    const url = 'https://example.test/a.html';
    const result = extractArticle(parseHtml(html, url), { url, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('这是正文的一段');
    expect(result.article.textContent).not.toContain('下一页');
    expect(result.article.title.length).toBeLessThanOrEqual(300);
  });
});
