import { describe, expect, it } from 'vitest';
import { buildSearchIndex, markTerms, queryTerms, snippetOf } from '../../utils/library';

const marked = (parts: { text: string; match: boolean }[]) =>
  parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('library snippets: why a result came up, with the searched words marked', () => {
  it('marks every occurrence of every term, as the search matches them (case, full width)', () => {
    expect(marked(markTerms('Slow reading, slow READING.', queryTerms('reading slow')))).toBe(
      '[Slow] [reading], [slow] [READING].',
    );
    // Full-width Latin letters fold to ASCII: the shown characters are the page's own.
    expect(marked(markTerms('在 ＦＯＬＩＯ 里读书', queryTerms('folio')))).toBe('在 [ＦＯＬＩＯ] 里读书');
    expect(marked(markTerms('读书是一个人精神成长的重要途径', queryTerms('成长')))).toBe(
      '读书是一个人精神[成长]的重要途径',
    );
    expect(markTerms('nothing here', queryTerms('absent'))).toEqual([{ text: 'nothing here', match: false }]);
  });

  it('takes the snippet from the first field that matches, cut around the match', () => {
    const long = `${'前文'.repeat(60)}关键的一句话${'后文'.repeat(100)}`;
    const snippet = snippetOf(
      [
        { source: 'highlight', text: 'an unrelated passage' },
        { source: 'note', text: long },
        { source: 'address', text: 'https://e.test/关键' },
      ],
      queryTerms('关键'),
    );
    expect(snippet?.source).toBe('note');
    const text = marked(snippet?.parts ?? []);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('[关键]的一句话');
    expect(text.length).toBeLessThan(200);
    expect(snippetOf([{ source: 'note', text: 'x' }], [])).toBeUndefined();
    expect(snippetOf([{ source: 'note', text: 'x' }], queryTerms('y'))).toBeUndefined();
  });

  it('an article found by a tag or a highlight says which, from the search index', () => {
    const index = buildSearchIndex(
      [{ id: 'a', url: 'https://e.test/a', title: 'A title', tags: ['摘抄'], createdAt: 1, updatedAt: 1 }],
      [
        {
          id: 'h',
          articleId: 'a',
          url: 'https://e.test/a',
          target: { selector: [{ type: 'TextQuoteSelector', exact: '读书是精神成长的途径', prefix: '', suffix: '' }] },
          color: 'yellow',
          note: '',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    );
    const fields = index.snippetFields.get('a') ?? [];
    expect(snippetOf(fields, queryTerms('摘抄'))?.source).toBe('tag');
    expect(marked(snippetOf(fields, queryTerms('成长'))?.parts ?? [])).toBe('读书是精神[成长]的途径');
  });
});
