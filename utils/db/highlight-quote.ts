import type { HighlightRecord } from './types';

/**
 * The passage a highlight marks (its TextQuoteSelector's `exact`), or '' for one without a quote.
 * No Dexie here: the reader frame, the library and the exports all read it.
 */
export function quoteOf(highlight: Pick<HighlightRecord, 'target'>): string {
  return highlight.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
}

/** A highlight as plain text to paste into a draft: the passage, and its note under it. */
export function highlightAsText(highlight: Pick<HighlightRecord, 'target' | 'note'>): string {
  const note = highlight.note.trim();
  return note ? `${quoteOf(highlight)}\n\n${note}` : quoteOf(highlight);
}
