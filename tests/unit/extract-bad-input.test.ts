// @vitest-environment node

import type { WindowLike } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle, isProbablyReaderable, NO_ARTICLE } from '../../utils/extract';
import { PAGE_ID_PREFIX, pageId } from '../../utils/extract/page-ids';
import { sanitizeElement } from '../../utils/extract/sanitize';

const URL = 'https://bad.folio.test/page.html';
const zhParagraph = `<p>${'这是一段用于测试的中文文字，内容足够长，可以被识别为正文段落。'.repeat(4)}</p>`;
const enParagraph = `<p>${'Reading slowly is a skill worth keeping, and it can be learned again. '.repeat(6)}</p>`;

/** Parsed copies are the extractor's to consume, as in the CLI. */
const extract = (html: string) => extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });

describe('pages with no article', () => {
  it.each([
    ['an empty document', ''],
    ['a frameset', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['a page of links', `<body><ul>${'<li><a href="/x">一篇相关文章的标题</a></li>'.repeat(60)}</ul></body>`],
    ['a page with one sentence', '<body><p>Hello.</p></body>'],
  ])('%s → "no article found", never an exception', (_name, html) => {
    const result = extract(html);
    expect(result).toMatchObject({ ok: false, reason: NO_ARTICLE });
  });
});

describe('pages that are large or broken', () => {
  it('extracts a 5 MB article', { timeout: 60_000 }, () => {
    // Numbered, as an article's paragraphs differ: the same long paragraph twice is dropped as a duplicate.
    const count = Math.ceil(5_000_000 / enParagraph.length);
    const paragraphs = Array.from({ length: count }, (_, i) => enParagraph.replace('<p>', `<p>${i + 1}. `));
    const html = `<body><article>${paragraphs.join('')}</article></body>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const result = extract(html);
    expect(result.ok && result.article.textContent.length).toBeGreaterThan(4_000_000);
  });

  it('extracts an article from a page of 100,000 elements', { timeout: 120_000 }, () => {
    const html = `<body><article>${zhParagraph.repeat(5)}<div>${'<span>x</span>'.repeat(100_000)}</div></article></body>`;
    const result = extract(html);
    expect(result.ok && result.article.textContent).toContain('这是一段用于测试的中文文字');
  });

  it('extracts an article nested 1,000 elements deep', { timeout: 60_000 }, () => {
    const html = `<body>${'<div>'.repeat(1000)}${zhParagraph.repeat(5)}${'</div>'.repeat(1000)}</body>`;
    const result = extract(html);
    expect(result.ok && result.article.textContent).toContain('这是一段用于测试的中文文字');
  });

  // jsdom alone takes seconds to parse 5,000 levels: a generous bound, not a timing test.
  it('says why it will not read a page nested 5,000 deep (outside a browser, which caps it)', {
    timeout: 60_000,
  }, () => {
    const html = `<body>${'<div>'.repeat(5000)}${zhParagraph.repeat(5)}${'</div>'.repeat(5000)}</body>`;
    const result = extract(html);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.reason).toMatch(/nested 5\d{3} deep/);
  });

  it('extracts what it can from malformed HTML', () => {
    const html = `<body><div><p>Unclosed <b>bold <i>italic</div></p></p><table><td>cell${enParagraph}${enParagraph}`;
    const result = extract(html);
    expect(result.ok && result.article.textContent).toContain('Reading slowly is a skill');
  });
});

describe('hostile pages', () => {
  it('returns content with no script, handler, frame or javascript: link', () => {
    const html = `<body><article>
      ${enParagraph}
      <p>Click <a href="javascript:alert(1)">here</a> <img src="x.png" onerror="alert(2)"> <span onclick="alert(3)">now</span></p>
      <script>alert(4)</script><iframe src="https://evil.test/"></iframe>
      <svg><script>alert(5)</script></svg><form action="https://evil.test/"><input name="pw"></form>
      <p style="position:fixed;inset:0">Overlay</p>
      ${enParagraph}
    </article></body>`;
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    const content = result.article.content;
    for (const bad of [
      '<script',
      'onerror',
      'onclick',
      'javascript:',
      '<iframe',
      '<svg',
      '<form',
      '<input',
      'style=',
    ]) {
      expect(content).not.toContain(bad);
    }
    expect(content).toContain('Reading slowly');
  });
});

/** The parts, set in a container and sanitized in place. */
const sanitized = (parts: string[]) => {
  const doc = parseHtml('<body></body>', URL);
  const container = doc.createElement('div');
  container.innerHTML = parts.join('');
  sanitizeElement(container, doc.defaultView as unknown as WindowLike);
  return container;
};

describe('the sanitizer alone (a saved article, which a restored backup may have edited)', () => {
  it('drops attributes whose URL the browser would fetch or call from the reader, keeps the text', () => {
    const container = sanitized([
      '<table background="https://tracker.test/t.png"><tr><td background="https://tracker.test/c.png">Kept text</td></tr></table>',
      '<video poster="https://tracker.test/still.png"></video>',
      '<a href="https://example.com/" ping="https://tracker.test/ping">a link</a>',
      '<img src="https://example.com/figure.png" alt="a figure">',
      '<video src="https://example.com/v.mp4" autoplay preload="auto"><track default src="https://example.com/s.vtt"></video>',
    ]);
    expect(container.innerHTML).not.toMatch(/background|poster|ping|tracker/);
    expect(container.textContent).toBe('Kept texta link');
    // The article's own image and link stay.
    expect(container.querySelector('img')?.getAttribute('src')).toBe('https://example.com/figure.png');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.com/');
    // A video stays, but loads nothing until played.
    const video = container.querySelector('video[src]') as Element;
    expect([video.hasAttribute('autoplay'), video.getAttribute('preload'), video.hasAttribute('controls')]).toEqual([
      false,
      'none',
      true,
    ]);
    expect(container.querySelector('track')?.hasAttribute('default')).toBe(false);
  });

  it('drops what would let the markup steer the reader: a Tab order, text made inert, hidden or a popover', () => {
    const container = sanitized([
      '<p tabindex="1"><a href="https://example.com/" tabindex="1">first in the Tab order</a></p>',
      '<div role="group" tabindex="0" aria-label="Play audio"></div>',
      '<p inert>text that could not be selected</p>',
      '<p popover="auto" id="more">text hidden until a button shows it</p>',
      '<p hidden>text counted and exported, never shown</p><p hidden="until-found">found by search alone</p>',
    ]);
    expect(container.querySelector('[tabindex], [inert], [popover], [hidden]')).toBeNull();
    expect(container.textContent).toBe(
      'first in the Tab ordertext that could not be selectedtext hidden until a button shows ittext counted and exported, never shownfound by search alone',
    );
  });
});

describe('the page’s windows and moving words in a saved article', () => {
  it('a closed dialog goes with its text; an open one and a marquee leave theirs in the flow', () => {
    const container = sanitized([
      '<p>Before.</p><dialog id="term"><h2>Stock</h2><p>A definition the page never showed.</p></dialog>',
      '<dialog open><p>A window laid open.</p></dialog><p>A <marquee>moving</marquee> word.</p>',
    ]);
    expect(container.querySelector('dialog, marquee')).toBeNull();
    expect(container.textContent).toBe('Before.A window laid open.A moving word.');
  });
});

describe('the page’s ids in the reader, beside Folio’s own controls', () => {
  const sanitize = (html: string) => sanitized([html]);
  // Ids Folio's reader uses (its panel, React's for the note editor's fields), which a page could
  // give its own elements to take their labels and suggestions.
  const html = [
    '<p id="folio-panel">A paragraph with the panel’s id.</p>',
    '<datalist id="_r_2_"><option value="a tag from the page"></option></datalist>',
    '<p><output id="_r_0_">0</output> <a name="notes">Notes</a></p>',
    '<table><tr><th id="price">Price</th></tr><tr><td headers="price">3 €</td></tr></table>',
    '<figure aria-describedby="cap credit"><img src="https://example.com/a.png" usemap="#parts" alt="a map">',
    '<figcaption id="cap">A map</figcaption><small id="credit">Photo: the author</small></figure>',
    '<map name="parts"><area href="https://example.com/north" alt="North"></map>',
    '<p><label for="_r_1_">A label of the page</label></p>',
    '<h2 id="">A heading with an empty id</h2><a name=" ">an empty name</a>',
  ].join('');

  it('gives every id and name of the page a prefix of its own, that none of Folio’s ids has', () => {
    const container = sanitize(html);
    const named = [...container.querySelectorAll('[id], [name]')].map((el) => el.id || el.getAttribute('name'));
    expect(named).toHaveLength(8);
    for (const name of named) expect(name).toBe(pageId(name?.slice(PAGE_ID_PREFIX.length) ?? ''));
    expect(container.querySelector('[id="folio-panel"], [id="_r_2_"], [id="_r_0_"]')).toBeNull();
    // An empty one names nothing, and goes (the outline gives such a heading an id of its own).
    expect([
      container.querySelector('h2')?.hasAttribute('id'),
      [...container.querySelectorAll('a')].at(-1)?.hasAttribute('name'),
    ]).toEqual([false, false]);
  });

  it('keeps the page’s own references pointing at its own elements', () => {
    const container = sanitize(html);
    const byId = (id: string | null | undefined) => container.querySelector(`[id="${id}"]`)?.textContent;
    expect(byId(container.querySelector('td')?.getAttribute('headers'))).toBe('Price');
    const described = container.querySelector('figure')?.getAttribute('aria-describedby')?.split(' ');
    expect(described?.map(byId)).toEqual(['A map', 'Photo: the author']);
    expect(container.querySelector('label')?.getAttribute('for')).toBe(pageId('_r_1_'));
    const map = container.querySelector('img')?.getAttribute('usemap');
    expect(container.querySelector('map')?.getAttribute('name')).toBe(map?.slice(1));
    expect(map).toBe(`#${pageId('parts')}`);
  });

  it('leaves a saved article as it was when it is sanitized again', () => {
    const once = sanitize(html).innerHTML;
    expect(sanitize(once).innerHTML).toBe(once);
  });
});

describe('isProbablyReaderable', () => {
  it('says yes for a Chinese essay of short paragraphs, which Readability’s own check misses', () => {
    const shortZh =
      '<p>读书是一个人精神成长的重要途径。近年来，随着手机阅读和短视频的普及，青年获取信息的方式发生了深刻变化。</p>';
    expect(isProbablyReaderable(parseHtml(`<body>${shortZh.repeat(8)}</body>`))).toBe(true);
  });

  it('says no for a page of links and for a near-empty page', () => {
    expect(isProbablyReaderable(parseHtml(`<body>${'<p><a href="/">标题</a></p>'.repeat(50)}</body>`))).toBe(false);
    expect(isProbablyReaderable(parseHtml('<body><p>Hi</p></body>'))).toBe(false);
  });
});
