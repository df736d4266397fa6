import { quoteOf } from '../db/highlight-quote';
import type { ArticleSummary, HighlightColor, HighlightRecord } from '../db/types';

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
}

/** Built once per change of the data, so each keystroke only scans prepared strings. */
export function buildSearchIndex(articles: ArticleSummary[], highlights: HighlightRecord[]): SearchIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const quotesByArticle = new Map<string, string[]>();
  for (const h of highlights) {
    const list = quotesByArticle.get(h.articleId) ?? [];
    list.push(quoteOf(h), h.note);
    quotesByArticle.set(h.articleId, list);
  }
  return {
    articles: articles.map((record) => ({
      record,
      hay: foldText(
        [
          record.title,
          record.siteName,
          record.byline,
          record.url,
          ...record.tags,
          ...(quotesByArticle.get(record.id) ?? []),
        ]
          .filter(Boolean)
          .join('\n'),
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
