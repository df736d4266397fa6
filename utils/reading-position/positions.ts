/** Reading positions as data: pure, so that backups can carry and merge them. */

/** Where the reader stopped on a page: the share of the article scrolled past (0..1). */
export interface ReadingPosition {
  fraction: number;
  savedAt: number;
}

/** Kept for the most recent pages only, so the map cannot grow without bound. */
export const MAX_REMEMBERED_PAGES = 500;

export function keepNewest(all: Record<string, ReadingPosition>, max: number): Record<string, ReadingPosition> {
  const entries = Object.entries(all);
  if (entries.length <= max) return all;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, max));
}

/** Worth offering "continue where you left off": past the opening, not at the end. */
export function isWorthResuming(position: ReadingPosition | undefined): position is ReadingPosition {
  // Past nine tenths the reader has finished (the rest is notes, links, the end mark): no offer.
  return Boolean(position && position.fraction > 0.05 && position.fraction < 0.9);
}
