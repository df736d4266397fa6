import { describe, expect, it } from 'vitest';
import type { ArticleRecord, HighlightRecord } from '../../utils/db/types';
import { buildSearchIndex, filterArticles, filterHighlights } from '../../utils/library';

const article = (id: string, title: string, siteName?: string): ArticleRecord => ({
  id,
  url: `https://e.test/${id}`,
  title,
  ...(siteName ? { siteName } : {}),
  tags: [],
  createdAt: 1,
  updatedAt: 1,
});
const highlight = (
  id: string,
  articleId: string,
  exact: string,
  extra: Partial<HighlightRecord> = {},
): HighlightRecord => ({
  id,
  articleId,
  url: `https://e.test/${articleId}`,
  target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const index = buildSearchIndex(
  [
    article('a', '关于提升青年读书习惯的几点思考', '范文天地'),
    article('b', 'Why Slow Reading Still Matters', 'Margin'),
  ],
  [
    highlight('h1', 'a', '读书是一个人精神成长的重要途径', { tags: ['摘抄'], color: 'green' }),
    highlight('h2', 'b', 'Slow reading is not about reading fewer words', { note: 'Use in my ＦＯＬＩＯ talk' }),
  ],
);

describe('library search', () => {
  it('finds Chinese words inside sentences (substring, no word breaks needed)', () => {
    expect(filterHighlights(index, { query: '精神成长' }).map((h) => h.record.id)).toEqual(['h1']);
    expect(filterArticles(index, { query: '习惯' }).map((a) => a.id)).toEqual(['a']);
  });

  it('finds articles by the text of their highlights and notes', () => {
    expect(filterArticles(index, { query: '重要途径' }).map((a) => a.id)).toEqual(['a']);
    expect(filterArticles(index, { query: 'folio talk' }).map((a) => a.id)).toEqual(['b']);
  });

  it('ignores case and full-width forms, and needs every word', () => {
    expect(filterHighlights(index, { query: 'SLOW words' }).map((h) => h.record.id)).toEqual(['h2']);
    expect(filterHighlights(index, { query: 'slow 读书' })).toEqual([]);
  });

  it('filters by date', () => {
    expect(filterHighlights(index, { since: 2 })).toEqual([]);
    expect(filterHighlights(index, { since: 1 })).toHaveLength(2);
  });

  it('filters by tag, colour and site', () => {
    expect(filterHighlights(index, { tag: '摘抄' }).map((h) => h.record.id)).toEqual(['h1']);
    expect(filterHighlights(index, { color: 'yellow' }).map((h) => h.record.id)).toEqual(['h2']);
    expect(filterArticles(index, { site: 'Margin' }).map((a) => a.id)).toEqual(['b']);
    expect(filterArticles(index, { tag: '摘抄' }).map((a) => a.id)).toEqual(['a']);
    // An article passes the colour filter with one highlight of that colour.
    expect(filterArticles(index, { color: 'green' }).map((a) => a.id)).toEqual(['a']);
    expect(filterArticles(index, { color: 'purple' })).toEqual([]);
  });
});
