import { quoteOf } from '../db/highlight-quote';
import type { ArticleSummary, HighlightColor, HighlightRecord } from '../db/types';
import type { SnippetSource } from './snippet';

/**
 * Library search: substring matching (so a Chinese query finds words inside a sentence, which
 * has no spaces to split on), case- and width-insensitive (NFKC: full-width Ｆｏｌｉｏ is Folio),
 * whitespace folded. Every word of the query must match (in any field).
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

export function queryTerms(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

export interface SearchIndex {
  articles: { record: ArticleSummary; hay: string }[];
  highlights: { record: HighlightRecord; hay: string; article?: ArticleSummary }[];
  /** Per article id, the texts a snippet is taken from (snippetOf), in the order they are tried. */
  snippetFields: Map<string, SnippetField[]>;
}

export interface SnippetField {
  source: SnippetSource;
  text: string;
}

/** Built once per change of the data, so each keystroke only scans prepared strings. */
export function buildSearchIndex(articles: ArticleSummary[], highlights: HighlightRecord[]): SearchIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const annotations = new Map<string, SnippetField[]>();
  for (const h of highlights) {
    const list = annotations.get(h.articleId) ?? [];
    list.push({ source: 'highlight', text: quoteOf(h) });
    if (h.note) list.push({ source: 'note', text: h.note });
    annotations.set(h.articleId, list);
  }
  const snippetFields = new Map<string, SnippetField[]>();
  for (const record of articles) {
    const fields: SnippetField[] = [
      ...(annotations.get(record.id) ?? []),
      ...record.tags.map((tag) => ({ source: 'tag' as const, text: `#${tag}` })),
      { source: 'byline', text: record.byline ?? '' },
      { source: 'site', text: record.siteName ?? '' },
      { source: 'excerpt', text: record.excerpt ?? '' },
      { source: 'address', text: record.url },
    ];
    snippetFields.set(
      record.id,
      fields.filter((f) => f.text),
    );
  }
  return {
    snippetFields,
    articles: articles.map((record) => ({
      record,
      hay: foldText(
        [record.title, ...(snippetFields.get(record.id) ?? []).map((f) => f.text)].filter(Boolean).join('\n'),
      ),
    })),
    highlights: highlights.map((record) => ({
      record,
      article: byId.get(record.articleId),
      hay: foldText([quoteOf(record), record.note, ...record.tags, byId.get(record.articleId)?.title ?? ''].join('\n')),
    })),
  };
}

export interface LibraryFilter {
  query?: string;
  tag?: string;
  color?: HighlightColor;
  site?: string;
  /** Only what was saved or highlighted at or after this time (ms since epoch). */
  since?: number;
}

export function matchesTerms(hay: string, terms: string[]): boolean {
  return terms.every((term) => hay.includes(term));
}

export function filterArticles(index: SearchIndex, filter: LibraryFilter): ArticleSummary[] {
  const terms = queryTerms(filter.query ?? '');
  return index.articles
    .filter(({ record, hay }) => {
      if (filter.tag && !record.tags.includes(filter.tag) && !tagOnAnyHighlight(index, record.id, filter.tag))
        return false;
      // A colour belongs to highlights: an article passes with one highlight of that colour.
      if (filter.color && !colorOnAnyHighlight(index, record.id, filter.color)) return false;
      if (filter.site && record.siteName !== filter.site) return false;
      if (filter.since && (record.savedAt ?? record.updatedAt) < filter.since) return false;
      return matchesTerms(hay, terms);
    })
    .map(({ record }) => record);
}

export function filterHighlights(index: SearchIndex, filter: LibraryFilter) {
  const terms = queryTerms(filter.query ?? '');
  return index.highlights.filter(({ record, hay, article }) => {
    if (filter.tag && !record.tags.includes(filter.tag)) return false;
    if (filter.color && record.color !== filter.color) return false;
    if (filter.site && article?.siteName !== filter.site) return false;
    if (filter.since && record.createdAt < filter.since) return false;
    return matchesTerms(hay, terms);
  });
}

function tagOnAnyHighlight(index: SearchIndex, articleId: string, tag: string): boolean {
  return index.highlights.some(({ record }) => record.articleId === articleId && record.tags.includes(tag));
}

function colorOnAnyHighlight(index: SearchIndex, articleId: string, color: HighlightColor): boolean {
  return index.highlights.some(({ record }) => record.articleId === articleId && record.color === color);
}
