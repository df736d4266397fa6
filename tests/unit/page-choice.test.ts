// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { buildBackup, validateBackup } from '../../utils/backup';
import { extractArticle } from '../../utils/extract';
import { findBlockOnPage, selectorFor, withContent, withRemoval } from '../../utils/extract/page-choice';
import { POEM_BODY, POEM_TITLE } from '../support/poem-page';

const page = parseHtml(`<body><div id="main"><article>
  <p>第一段正文，讲读书的意义。</p>
  <p class="promo">本文由某某整理发布，欢迎关注公众号。</p>
  <div><p>第二段正文。</p><p>第三段正文。</p></div>
</article></div><div class="side"><p class="promo2">广告</p></div></body>`);

describe('"Fix this page" choices become site rules', () => {
  it('finds a reader block on the page by its text, and names it by a class few elements share', () => {
    const promo = findBlockOnPage(page.body, ' 本文由某某整理发布，欢迎关注公众号。 ', 'P') as Element;
    expect(promo.className).toBe('promo');
    expect(selectorFor(promo)).toBe('p.promo');
    expect(findBlockOnPage(page.body, '不在页面上的一段')).toBeUndefined();
  });

  it('names an element without an id or class by its path from one that has one', () => {
    const third = findBlockOnPage(page.body, '第三段正文。') as Element;
    const selector = selectorFor(third);
    expect(selector).toBe('#main > article:nth-of-type(1) > div:nth-of-type(1) > p:nth-of-type(2)');
    expect(page.querySelector(selector)).toBe(third);
  });

  it('adds to and takes from the site rule, and drops a rule left empty', () => {
    const origin = 'https://fanwen.example';
    const other = { name: 'other.example', match: ['https://other.example/*'], remove: ['.ad'] };
    const added = withRemoval([other], origin, 'p.promo', true);
    expect(added).toEqual([
      other,
      { name: 'fanwen.example', match: ['https://fanwen.example/*'], remove: ['p.promo'] },
    ]);
    const withArticle = withContent(added, origin, '#main');
    expect(withArticle[1]).toMatchObject({ content: '#main', remove: ['p.promo'] });
    expect(withContent(withRemoval(withArticle, origin, 'p.promo', false), origin, undefined)).toEqual([other]);
  });

  it('travels in backups and comes back from them', () => {
    const rules = [{ name: 'fanwen.example', match: ['https://fanwen.example/*'], remove: ['p.promo'] }];
    const check = validateBackup(JSON.stringify(buildBackup([], [], { now: new Date(0), siteRules: rules })));
    expect(check.ok && check.backup.siteRules).toEqual(rules);
    const bad = validateBackup(
      JSON.stringify({ ...buildBackup([], []), siteRules: [{ name: 'x', match: [], remove: 1 }] }),
    );
    expect(bad.ok && bad.rejected.map((r) => r.item)).toEqual(['Site rules']);
  });

  const poemPage = () =>
    parseHtml(
      `<html lang="zh"><head><title>${POEM_TITLE}</title></head><body>${POEM_BODY}</body></html>`,
      'https://poems.example/jingyesi.html',
    );
  const url = 'https://poems.example/jingyesi.html';

  it('a page with no article still names itself, for the reader to say where it found none', () => {
    const result = extractArticle(poemPage(), { url });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.title).toBe('静夜思');
  });

  it('shows the part of the page the user chose as the article, however short, without the rest', () => {
    const siteRules = withContent([], 'https://poems.example', '#poem');
    const result = extractArticle(poemPage(), { url, siteRules });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.textContent).toContain('床前明月光');
    expect(result.article.textContent).toContain('低头思故乡');
    expect(result.article.textContent).not.toMatch(/首页|关于我们/);
  });

  it('a choice with no text in it is still no article', () => {
    const doc = poemPage();
    doc.body.insertAdjacentHTML('beforeend', '<div id="blank"> <img src="/x.png" alt=""> </div>');
    const result = extractArticle(doc, { url, siteRules: withContent([], 'https://poems.example', '#blank') });
    expect(result.ok).toBe(false);
  });
});
