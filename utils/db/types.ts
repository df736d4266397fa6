/** Records stored in Folio's database. Ids are UUIDs and every record has timestamps (ms since
 * epoch) so that a sync engine can be added later without a migration of meaning. */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** W3C Web Annotation TextQuoteSelector, measured on the article's text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface HighlightTarget {
  selector: Selector[];
}

export interface SavedContent {
  /** Sanitized HTML of the cleaned article. */
  html: string;
  text: string;
  savedAt: number;
}

export interface ArticleRecord {
  id: string;
  /** Normalized with `normalizeUrl`: unique. */
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601. */
  publishedTime?: string;
  lang?: string;
  excerpt?: string;
  /** The summary the page showed under its title (see `Article.standfirst`). */
  standfirst?: string;
  tags: string[];
  savedContent?: SavedContent;
  createdAt: number;
  updatedAt: number;
}

/**
 * An article as the library lists it: without its saved copy's HTML and text, which can be
 * megabytes each, so that the whole list fits in one message however large the library.
 */
export type ArticleSummary = Omit<ArticleRecord, 'savedContent'> & { savedAt?: number };

export interface HighlightRecord {
  id: string;
  articleId: string;
  /** Normalized URL of the article, kept here too so a page can find its highlights in one query. */
  url: string;
  target: HighlightTarget;
  color: HighlightColor;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** What a caller gives to record an article it has just read. */
export type ArticleInput = Pick<ArticleRecord, 'url' | 'title'> &
  Partial<Pick<ArticleRecord, 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'excerpt' | 'standfirst'>>;
