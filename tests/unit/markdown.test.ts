import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ArticleRecord, HighlightRecord } from '../../utils/db/types';
import { articleToMarkdown, htmlToMarkdown, safeFileName, textFragmentUrl } from '../../utils/markdown';

// Times are written in the exporting device's zone: the golden files are made in China's (+08:00).
process.env.TZ = 'Asia/Shanghai';

const GOLDEN = resolve(import.meta.dirname, '../fixtures/markdown');
const update = process.env.UPDATE_GOLDEN === '1';

function article(title: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    url: 'https://fanwen.example/dxs/12345.html',
    title,
    tags: [],
    createdAt: Date.UTC(2024, 2, 8, 12, 0, 0),
    updatedAt: Date.UTC(2024, 2, 8, 12, 0, 0),
    ...extra,
  };
}

function highlight(n: number, exact: string, start: number, extra: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: `0000000${n}-aaaa-4bbb-8ccc-dddddddddddd`,
    articleId: 'a1b2c3d4-0000-4000-8000-000000000001',
    url: 'https://fanwen.example/dxs/12345.html',
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: Date.UTC(2024, 2, 8, 12, n, 0),
    updatedAt: Date.UTC(2024, 2, 8, 12, n, 0),
    ...extra,
  };
}

const CASES: Record<string, () => string> = {
  'zh-essay': () =>
    articleToMarkdown(
      article('关于提升青年读书习惯的几点思考', { siteName: '范文天地', tags: ['读书'] }),
      [
        highlight(1, '（二）阅读内容浅表化。', 300, { note: '可用于报告第二部分', tags: ['摘抄', '报告 素材'] }),
        highlight(2, '读书是一个人精神成长的重要途径。', 10, { color: 'green' }),
      ],
      { now: Date.UTC(2024, 2, 9, 8, 0, 0), labels: { highlights: '划线', article: '原文', source: '来源' } },
    ),
  'hostile-text': () =>
    articleToMarkdown(
      article('He said: "#1 [[Links]] - and \\ backslashes"\n— a title 📚: yes', {
        byline: '- dash, @at, & more',
        publishedTime: '2024-03-05T08:00:00Z',
      }),
      [
        highlight(3, '# Not a heading\n> not a quote\n[[not a link]] and #not-a-tag\n- not a list', 5, {
          note: '<b>kept as text</b> *not emphasis* #nor-a-tag',
          tags: ['#slow reading', '📚', 'ideas'],
        }),
      ],
      { now: Date.UTC(2024, 2, 9, 8, 0, 0) },
    ),
};

describe('Markdown export golden files', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const markdown = (CASES[name] as () => string)();
    const file = join(GOLDEN, `${name}.md`);
    if (update || !existsSync(file)) {
      writeFileSync(file, markdown);
      if (!update) throw new Error(`No golden file for ${name}: written now, review and commit it.`);
    }
    expect(markdown).toBe(readFileSync(file, 'utf8'));
  });

  it.each(Object.keys(CASES))('%s: the frontmatter parses back to the same values', (name) => {
    const markdown = (CASES[name] as () => string)();
    const [, yamlText] = markdown.split(/^---$/m);
    const data = parseYaml(yamlText as string);
    expect(typeof data.title).toBe('string');
    expect(data.source).toBe('https://fanwen.example/dxs/12345.html');
    expect(Array.isArray(data.tags)).toBe(true);
    // Obsidian Web Clipper's property names, in local time with the zone's offset.
    expect(data.created).toBe('2024-03-08T20:00:00+08:00');
    expect(new Date(data.created).getTime()).toBe(Date.UTC(2024, 2, 8, 12, 0, 0));
    expect(data.saved).toBeUndefined();
    if (name === 'hostile-text') {
      expect(data.title).toBe('He said: "#1 [[Links]] - and \\ backslashes"\n— a title 📚: yes');
      expect(data.author).toBe('- dash, @at, & more');
      expect(data.tags).toEqual(['slow-reading', '📚', 'ideas']);
    }
  });

  it('a note of an article not in the library yet (sent from the reader) has no Folio id', () => {
    const inLibrary = parseYaml(articleToMarkdown(article('读书'), []).split(/^---$/m)[1] as string);
    expect(inLibrary['folio-id']).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    const notYet = parseYaml(articleToMarkdown(article('读书', { id: '' }), []).split(/^---$/m)[1] as string);
    expect(notYet).not.toHaveProperty('folio-id');
    expect(notYet.title).toBe('读书');
  });

  it('prefixes every line of a multi-line quote and escapes what Obsidian would read as syntax', () => {
    const markdown = (CASES['hostile-text'] as () => string)();
    const quote = markdown.split('\n').filter((l) => l.startsWith('>'));
    expect(quote).toEqual([
      '> \\# Not a heading',
      '> \\> not a quote',
      '> \\[\\[not a link\\]\\] and \\#not-a-tag',
      '> \\- not a list ^00000003',
    ]);
    expect(markdown).toContain('\\<b\\>kept as text\\</b\\> \\*not emphasis\\* \\#nor-a-tag');
  });
});

describe('file names and links', () => {
  it.each([
    ['关于读书: 心得/体会?', '关于读书 心得 体会.md'],
    ['CON', '_CON.md'],
    ['  ...  ', 'Untitled.md'],
    ['trailing dot.', 'trailing dot.md'],
    ['a'.repeat(300), `${'a'.repeat(80)}.md`],
  ])('%s → %s', (title, name) => {
    expect(safeFileName(title)).toBe(name);
  });

  it('keeps names unique within one export, whatever their case', () => {
    const used = new Set<string>();
    expect([safeFileName('Notes', used), safeFileName('notes', used), safeFileName('Notes', used)]).toEqual([
      'Notes.md',
      'notes (2).md',
      'Notes (3).md',
    ]);
  });

  it('links back by text fragment, start and end for a long quote', () => {
    expect(textFragmentUrl('https://x.test/a#top', 'short quote, here')).toBe(
      'https://x.test/a#:~:text=short%20quote%2C%20here',
    );
    expect(textFragmentUrl('https://x.test/a', '读'.repeat(100))).toBe(
      `https://x.test/a#:~:text=${encodeURIComponent('读'.repeat(24))},${encodeURIComponent('读'.repeat(24))}`,
    );
  });
});

describe('Markdown templates', () => {
  it('fills named variables and repeats the highlights section, values escaped', async () => {
    const { renderTemplate } = await import('../../utils/markdown');
    const out = renderTemplate(
      '{{frontmatter}}\n## {{title}} ({{site}})\n{{#highlights}}- {{text}} [{{color}}] {{tags}}\n{{/highlights}}',
      article('A #1 title', { siteName: 'Site' }),
      [highlight(1, '第一 #句', 5, { tags: ['a b'] }), highlight(2, 'zero', 0, { color: 'blue' })],
    );
    expect(out).toContain('## A \\#1 title (Site)\n- zero [blue] \n- 第一 \\#句 [yellow] #a-b\n');
    expect(parseYaml(out.split(/^---$/m)[1] as string).title).toBe('A #1 title');
  });

  it('reports unknown variables and unbalanced sections', async () => {
    const { checkTemplate, DEFAULT_TEMPLATE } = await import('../../utils/markdown');
    expect(checkTemplate(DEFAULT_TEMPLATE)).toEqual({ ok: true });
    expect(checkTemplate('{{titel}}')).toEqual({ ok: false, error: 'Unknown variables: {{titel}}.' });
    expect(checkTemplate('{{#highlights}} no end')).toMatchObject({ ok: false });
  });
});

describe('page text stays text (the cases that reached the .md before)', () => {
  it('escapes HTML, entities and Obsidian syntax in the article body, and keeps ==marks== on highlights', () => {
    const html =
      '<p>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;x&lt;/script&gt; &amp;lt; %%hidden%% ==marked== see #tag and $5</p>';
    const markdown = articleToMarkdown(
      article('T', { savedContent: { html, text: '', savedAt: 0 } }),
      [highlight(1, 'see #tag', 0)],
      { includeArticle: true },
    );
    const body = markdown.slice(markdown.indexOf('## Article'));
    expect(body).toContain(
      '\\<img src\\=x onerror\\=alert(1)\\> \\<script\\>x\\</script\\> \\&lt; \\%\\%hidden\\%\\% \\=\\=marked\\=\\= ==see \\#tag== and \\$5',
    );
  });

  it('opens the full article with its standfirst, as the reader showed it, escaped', () => {
    const markdown = articleToMarkdown(
      article('T', {
        standfirst: 'Three *evergreens*\n for [your] plot',
        savedContent: { html: '<p>The text.</p>', text: 'The text.', savedAt: 0 },
      }),
      [],
      { includeArticle: true },
    );
    expect(markdown.slice(markdown.indexOf('## Article'))).toContain(
      '*Three \\*evergreens\\* for \\[your\\] plot*\n\nThe text.',
    );
  });

  it('percent-encodes the page URL where Markdown would end the link, and links only http(s) pages', () => {
    const markdown = articleToMarkdown(article('T', { url: 'https://x.test/a)![i](https://evil.test/p.png' }), [
      highlight(1, 'quote (with parens)', 0),
    ]);
    expect(markdown).toContain(
      '[↗](https://x.test/a%29!%5Bi%5D%28https://evil.test/p.png#:~:text=quote%20%28with%20parens%29)',
    );
    const notHttp = articleToMarkdown(article('T', { url: 'javascript:alert(1)' }), [highlight(1, 'q', 0)]);
    expect(notHttp).not.toContain('](');
  });

  it.each([
    ['📚'.repeat(80), `${'📚'.repeat(50)}.md`],
    ['CONIN$', '_CONIN$.md'],
    ['com¹.txt', '_com¹.txt.md'],
    ['evil\u202Edm.exe', 'evil dm.exe.md'],
  ])('names %s safely', (title, name) => {
    expect(safeFileName(title)).toBe(name);
  });
});

describe('a picture’s caption', () => {
  it('is a line of italics under the picture, not another paragraph of the article', () => {
    const md = htmlToMarkdown(
      '<p>第一段。</p><figure><p><img src="https://photos.folio.test/erhai.jpg" alt=""></p><figcaption>洱海边的黄昏</figcaption></figure><p>第二段。</p>',
    );
    expect(md).toBe('第一段。\n\n![](https://photos.folio.test/erhai.jpg)\n\n*洱海边的黄昏*\n\n第二段。');
  });

  it('stays plain when it has emphasis of its own', () => {
    const md = htmlToMarkdown(
      '<figure><img src="https://photos.folio.test/a.jpg" alt="A"><figcaption>The lake, <em>seen from the pier</em></figcaption></figure>',
    );
    expect(md).toBe('![A](https://photos.folio.test/a.jpg)\n\nThe lake, *seen from the pier*');
  });
});

describe('an article’s footnotes', () => {
  // Kramdown's (Jekyll's) markup, as the sanitizer leaves it: ids prefixed, links as written.
  const article = [
    '<p>A claim with a note.<sup id="user-content-fnref:1"><a href="#fn:1" role="doc-noteref">1</a></sup> Another, with',
    ' a second<sup id="user-content-fnref:2"><a href="#fn:2">2</a></sup>, and <sup><a href="#user-content-methods">a link',
    ' to a section</a></sup> set high.</p><h2 id="user-content-methods">Methods</h2><ol><li id="user-content-step">A step</li></ol>',
    '<p>The <a href="#step">step</a> above is an item, not a note.</p>',
    '<div role="doc-endnotes"><ol><li id="user-content-fn:1"><p>The source, <a href="https://example.com/">online</a>.',
    '&nbsp;<a href="#fnref:1" role="doc-backlink">↩</a></p></li><li id="user-content-fn:2"><p>A note of two paragraphs.</p>',
    '<p>Its second.</p> <a href="#fnref:2">↩</a></li></ol></div>',
  ].join('');

  it('are Markdown footnotes: each number `[^1]`, each note `[^1]:`, its later lines indented, no link back', () => {
    const markdown = htmlToMarkdown(article);
    expect(markdown).toContain('A claim with a note.[^1] Another, with a second[^2], and');
    expect(markdown).toContain('[^1]: The source, [online](https://example.com/).');
    expect(markdown).toContain('[^2]: A note of two paragraphs.\n    \n    Its second.');
    expect(markdown).not.toMatch(/↩|fnref|#fn:/);
  });

  it('leave a raised link to a section, and a link to a list’s item outside a superscript, links', () => {
    const markdown = htmlToMarkdown(article);
    expect(markdown).toContain('[a link to a section](#user-content-methods)');
    expect(markdown).toContain('The [step](#step) above');
    expect(markdown).toContain('1.  A step');
  });
});

describe('the combined file', () => {
  it('gives each note a source link under its title, in the UI’s language', () => {
    const note = articleToMarkdown(article('读书的方法'), [highlight(1, '读书之法', 1)], {
      sourceLine: true,
      labels: { highlights: '划线', article: '原文', source: '来源' },
    });
    expect(note).toContain('# 读书的方法\n\n[来源](https://fanwen.example/dxs/12345.html)\n\n## 划线');
  });
});
