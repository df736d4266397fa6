/**
 * Bundled for the page by bench/extract-browser-corpus.bench.ts: Folio's extractor on the open
 * page's live document, as the reader calls it, and what the benchmark compares.
 */
import { extractArticle } from '../../utils/extract';

export interface BrowserExtraction {
  text: string;
  title?: string;
  byline?: string;
  date?: string;
}

export function extractOpenPage(): BrowserExtraction {
  const result = extractArticle(document, { url: location.href });
  if (!result.ok) return { text: '' };
  const { textContent, title, byline, publishedTime } = result.article;
  return { text: textContent, title, byline, date: publishedTime };
}
