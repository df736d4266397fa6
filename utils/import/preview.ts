import type { RejectedItem } from '../backup';
import { normalizeUrl } from '../db/normalize-url';
import type { ImportBatch, ImportedHighlight, ImportedSource } from './types';

/** What an import would bring, before anything is written (and what `folio import --dry-run` prints). */
export interface ImportPreview {
  format: string;
  /** Sources in the file: articles, or books for Kindle and Readwise. */
  articles: number;
  highlights: number;
  /** Highlights that carry a note. */
  notes: number;
  /** Highlights already in the library (same page, same quote), or twice in the file: not imported again. */
  duplicates: number;
  rejected: RejectedItem[];
}

export const quoteOf = (h: ImportedHighlight) => h.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';

/** The key a highlight is a duplicate by: its page's normalized URL and its quote, spaces folded. */
export function duplicateKey(url: string, quote: string): string {
  return `${normalizeUrl(url)}\u0000${quote.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Which of the batch's highlights are new: not in `existing` (keys of what the library holds)
 * and not already earlier in the file.
 */
export function newHighlights(batch: ImportBatch, existing: ReadonlySet<string>): ImportedHighlight[] {
  const urlOf = new Map(batch.sources.map((s): [string, ImportedSource] => [s.key, s]));
  const seen = new Set(existing);
  return batch.highlights.filter((h) => {
    const source = urlOf.get(h.sourceKey);
    if (!source) return false;
    const key = duplicateKey(source.url, quoteOf(h));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function previewOf(batch: ImportBatch, existing: ReadonlySet<string> = new Set()): ImportPreview {
  const fresh = newHighlights(batch, existing);
  return {
    format: batch.format,
    articles: batch.sources.length,
    highlights: batch.highlights.length,
    notes: batch.highlights.filter((h) => h.note.trim()).length,
    duplicates: batch.highlights.length - fresh.length,
    rejected: batch.rejected,
  };
}
