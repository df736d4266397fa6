// @vitest-environment jsdom
import { expect, describe as group, it } from 'vitest';
import { anchor, buildTextIndex, describe, rangeFromOffsets } from '../../utils/anchor';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A range over the n-th occurrence of `quote` in the root's text. */
function rangeOf(root: Element, quote: string, occurrence = 0): Range {
  const index = buildTextIndex(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in the text`);
  return rangeFromOffsets(index, at, at + quote.length) as Range;
}

const ESSAY = `
  <p>读书是一个人精神成长的重要途径。近年来，随着手机阅读和短视频的普及，青年获取信息的方式发生了深刻变化。</p>
  <p>（一）阅读时间碎片化。不少青年每天花在手机上的时间超过五个小时，但用于完整阅读一本书的时间却不足半小时。</p>
  <p>（二）阅读内容浅表化。一些青年偏爱轻松有趣的网络段子和速成读物，对经典著作敬而远之。</p>
  <p>Slow reading is not about reading fewer words per minute. It is about giving a text the attention it asks for.</p>`;

/** Describes `quote` in `before`, then anchors the selectors in `after`; the text found, or undefined. */
function reanchor(before: string, quote: string, after: string, occurrence = 0) {
  const root = body(before);
  const selectors = describe(root, rangeOf(root, quote, occurrence));
  if (!selectors) throw new Error('describe gave nothing');
  const newRoot = body(after);
  const found = anchor(newRoot, selectors);
  return found && { text: found.toRange()?.toString() ?? '', method: found.method, start: found.start };
}

group('describe', () => {
  it('records the quote with 32 characters of context and its position', () => {
    const root = body(ESSAY);
    const [quote, position] = describe(root, rangeOf(root, '阅读时间碎片化')) ?? [];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '阅读时间碎片化' });
    expect(quote?.prefix.endsWith('（一）')).toBe(true);
    expect(quote?.prefix.length).toBe(32);
    expect(quote?.suffix.startsWith('。不少青年')).toBe(true);
    expect(position).toMatchObject({ type: 'TextPositionSelector' });
    expect(buildTextIndex(root).text.slice(position?.start, position?.end)).toBe('阅读时间碎片化');
  });

  it('gives nothing for a collapsed range or one outside the root', () => {
    const root = body(`<div id="a">${ESSAY}</div><p id="outside">elsewhere</p>`);
    const a = document.getElementById('a') as HTMLElement;
    const empty = document.createRange();
    empty.setStart(a, 0);
    expect(describe(a, empty)).toBeUndefined();
    const outside = document.createRange();
    outside.selectNodeContents(document.getElementById('outside') as Node);
    expect(describe(a, outside)).toBeUndefined();
    expect(root).toBeTruthy();
  });
});

group('anchor after the document changes', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['unchanged', '阅读时间碎片化', ESSAY, '阅读时间碎片化'],
    ['text inserted before', '阅读时间碎片化', `<p>编者按：本文有删节。</p>${ESSAY}`, '阅读时间碎片化'],
    [
      'a word changed inside the quote',
      '不少青年每天花在手机上的时间超过五个小时',
      ESSAY.replace('五个小时', '六个小时'),
      '不少青年每天花在手机上的时间超过六个小时',
    ],
    [
      'paragraphs reordered',
      '一些青年偏爱轻松有趣的网络段子',
      ESSAY.replace(/(<p>（一）.*?<\/p>)\s*(<p>（二）.*?<\/p>)/s, '$2$1'),
      '一些青年偏爱轻松有趣的网络段子',
    ],
    [
      'the quote deleted',
      '一些青年偏爱轻松有趣的网络段子和速成读物',
      ESSAY.replace(/<p>（二）.*?<\/p>/s, ''),
      undefined,
    ],
    [
      'English words changed',
      'giving a text the attention it asks for',
      ESSAY.replace('the attention it asks for', 'the attention it needs'),
      'giving a text the attention it needs',
    ],
  ];
  it.each(cases)('%s', (_name, quote, after, expected) => {
    expect(reanchor(ESSAY, quote, after)?.text).toBe(expected);
  });

  it('tells a repeated quote apart by its context, after the positions have moved', () => {
    const repeated = `<p>第一段：青年读书很重要，我们要坚持。</p><p>第二段：青年读书很重要，但方法更重要。</p>`;
    const after = `<p>序言。</p>${repeated}`;
    const found = reanchor(repeated, '青年读书很重要', after, 1);
    expect(found?.text).toBe('青年读书很重要');
    expect(buildTextIndex(document.body).text.slice(0, found?.start)).toContain('第二段');
  });

  it.each([
    ['a longer quote', 'about reading fewer words', 'about reading fewer w0rds'],
    ['a short quote', 'bout readi', 'bout r0adi'],
  ])('keeps %s edited in its place, not on a copy of its old words in like surroundings', (_n, quote, edit) => {
    const S = 'Slow reading is not about reading fewer words per minute';
    const before = `<p>第1段：${S}，12号。${S}，34号。</p>`;
    const after = `<p>编者按。</p>${before.replace(quote, edit)}`;
    const found = reanchor(before, quote, after);
    expect(found?.text).toBe(edit);
    expect(found?.start).toBe(buildTextIndex(document.body).text.indexOf(edit));
  });

  it('orphans a short quote rather than land on the wrong words', () => {
    const before = '<p>他说：读书。</p><p>读书读书读书，天天读书。</p>';
    const after = '<p>她写道：学习。</p><p>读书读书读书，天天读书。</p><p>另一段也提到读书。</p>';
    expect(reanchor(before, '读书', after, 0)).toBeUndefined();
  });

  it('orphans a quote whose words were rewritten beyond recognition', () => {
    expect(
      reanchor(
        ESSAY,
        '不少青年每天花在手机上的时间超过五个小时',
        ESSAY.replace('不少青年每天花在手机上的时间超过五个小时', '很多人每天都离不开智能设备'),
      ),
    ).toBeUndefined();
  });
});

group('across formats, scripts and marks', () => {
  it('finds a quote made in the reader on the live page, whatever the whitespace', () => {
    const reader = '<div>\n  <p>读书是一个人精神成长的重要途径。</p>\n  <p>近年来，随着手机阅读的普及。</p>\n</div>';
    const live =
      '<header>网站导航 首页 登录</header><div class="c"><p>读书是一个人精神成长的重要途径。</p><p>近年来，随着手机阅读的普及。</p></div><footer>版权所有</footer>';
    expect(reanchor(reader, '重要途径。\n  近年来', live)?.text).toBe('重要途径。近年来');
  });

  it('keeps emoji whole and matches composed and decomposed accents', () => {
    const before = '<p>Notes 📚 on the café culture of Paris, and why readers linger there for hours.</p>';
    const after =
      '<p>Intro.</p><p>Notes 📚 on the cafe\u0301 culture of Paris, and why readers linger there for hours.</p>';
    const found = reanchor(before, '📚 on the café culture', after);
    expect(found?.text.normalize('NFC')).toBe('📚 on the café culture');
  });

  it('round-trips a mixed Chinese and English quote', () => {
    const html = '<p>他在 GitHub 上写道：“Readability 对中文的支持不够好”，于是我们做了 Folio。</p>';
    expect(reanchor(html, 'GitHub 上写道：“Readability', `<p>前言</p>${html}`)?.text).toBe(
      'GitHub 上写道：“Readability',
    );
  });
});
