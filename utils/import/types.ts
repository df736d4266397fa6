import type { RejectedItem } from '../backup';
import type { HighlightColor, Selector } from '../db/types';

/**
 * What an import file holds, in one shape whatever tool wrote it: the sources (web articles, or
 * books without a URL), the highlights on them with their notes and tags, and each item that
 * could not be read, with the reason. Pure data: nothing is written until the user says Import.
 */
export interface ImportedSource {
  /** How the file's highlights refer to this source (its URL, or a book's title and author). */
  key: string;
  /** The page's URL; a book gets a `urn:folio:book:` name instead (see bookUrl). */
  url: string;
  title: string;
  author?: string;
  tags: string[];
  /** The article's HTML as the tool saved it (Omnivore), to find each quote in. */
  html?: string;
  createdAt?: number;
}

export interface ImportedHighlight {
  sourceKey: string;
  /** The quote, and what the tool knew of where it is. */
  selector: Selector[];
  note: string;
  tags: string[];
  color: HighlightColor;
  createdAt?: number;
  updatedAt?: number;
  /** The tool's own id, kept when it is a UUID (Folio's own export round-trips exactly). */
  id?: string;
}

export type ImportFormat = 'omnivore' | 'kindle' | 'hypothesis' | 'readwise' | 'web-annotations';

export interface ImportBatch {
  format: ImportFormat;
  sources: ImportedSource[];
  highlights: ImportedHighlight[];
  rejected: RejectedItem[];
}

/** A book has no URL: it is stored under a stable name of its own. */
export function bookUrl(title: string, author?: string): string {
  return `urn:folio:book:${encodeURIComponent(`${title}${author ? ` (${author})` : ''}`)}`;
}

export const quoteSelector = (exact: string): Selector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix: '',
  suffix: '',
});
