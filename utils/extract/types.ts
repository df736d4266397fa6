/** The result of extraction: what the reader, the library, the exporter and the CLI all use. */
export interface OutlineEntry {
  /** The `id` given to the heading or numbered paragraph inside `content`. */
  id: string;
  /** 1 = top level (一、 / h2), 2 = （一） / h3, 3 = 一是 / 1. / h4 and deeper. */
  level: number;
  text: string;
}

export interface Article {
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 (date only, or date and time with offset). */
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  excerpt?: string;
  /**
   * The summary the page sets under its title (its description as shown, or a line it names as
   * its dek), when the text does not open with it: the reader shows it under the title.
   */
  standfirst?: string;
  /** Sanitized HTML: safe to render. */
  content: string;
  /** The article's text, one block per line. */
  textContent: string;
  outline: OutlineEntry[];
  readingTimeMinutes: number;
  leadImage?: string;
}

/** The pipeline's steps, as the debug report names them. */
export type ExtractStep = 'site-rules' | 'pre-clean' | 'readability' | 'post-clean';

/** What one step removed, for the debug report: enough to explain a wrong extraction. */
export interface Removal {
  step: ExtractStep;
  reason: string;
  /** The start of the removed element's text. */
  text: string;
}

export interface SiteRule {
  /** A name to show in debug reports and the options page. */
  name: string;
  /** URL patterns: `*` matches any run of characters, e.g. `https://*.example.com/article/*`. */
  match: string[];
  /** Where the article is: the extractor starts from this element. */
  content?: string;
  /** Elements to remove before extraction. */
  remove?: string[];
  title?: string;
  byline?: string;
  date?: string;
}

export interface ExtractOptions {
  /** The page's URL: resolves relative links and picks site rules. */
  url?: string;
  siteRules?: SiteRule[];
  /** Collect what each step removed into `ExtractSuccess.removals`. */
  debug?: boolean;
  /**
   * The caller owns `document` and will not use it again (the CLI, the benchmark, a parsed
   * copy): work on it directly instead of on a clone. Never for a live page.
   */
  consumeDocument?: boolean;
}

export interface ExtractSuccess {
  ok: true;
  article: Article;
  removals: Removal[];
  /**
   * `article.content` as the sanitized nodes it was serialized from, for a caller that shows the
   * article at once (the reader): moving them in saves parsing megabytes of HTML again.
   */
  contentNodes: Node[];
}

export interface ExtractFailure {
  ok: false;
  /** A message for the user, e.g. "No article found on this page". */
  reason: string;
  /** The page's title, when its metadata was read before the article was missed: names the page. */
  title?: string;
  removals: Removal[];
}

export type ExtractResult = ExtractSuccess | ExtractFailure;
