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

/** Past nine tenths the reader has finished: the rest is notes, links, the end mark. */
const FINISHED_AT = 0.9;
/** Under a twentieth, the reader has only looked at the opening. */
const STARTED_AT = 0.05;

/** Worth offering "continue where you left off": past the opening, not at the end. */
export function isWorthResuming(position: ReadingPosition | undefined): position is ReadingPosition {
  return Boolean(position && position.fraction > STARTED_AT && position.fraction < FINISHED_AT);
}

export type ReadingState = 'unread' | 'reading' | 'finished';

/** How far the reader got in an article, as the library says it: not begun, a percentage, or done. */
export function readingProgress(position: ReadingPosition | undefined): { state: ReadingState; percent: number } {
  const fraction = Math.min(1, Math.max(0, position?.fraction ?? 0));
  const state = fraction >= FINISHED_AT ? 'finished' : fraction > STARTED_AT ? 'reading' : 'unread';
  return { state, percent: Math.round(fraction * 100) };
}
