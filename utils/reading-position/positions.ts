/** Reading positions as data: pure, so that backups and sync can carry, check and merge them. */

import { isObject } from '../backup/is-object';
import { normalizeUrl } from '../db/normalize-url';

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

/** Each page's newer position, of the two; the newest pages kept. */
export function mergeReadingPositions(
  here: Record<string, ReadingPosition>,
  other: Record<string, ReadingPosition>,
): Record<string, ReadingPosition> {
  const merged = { ...here };
  for (const [url, position] of Object.entries(other)) {
    if (isNewer(position, merged[url])) merged[url] = position;
  }
  return keepNewest(merged, MAX_REMEMBERED_PAGES);
}

export const isNewer = (position: ReadingPosition, mine: ReadingPosition | undefined) =>
  !mine || position.savedAt > mine.savedAt;

/**
 * Whether every place that differs between `before` and `after` is one of `takenIn`, as it was
 * taken in (a sync writing another device's places): then no reader moved on here. Places only
 * dropped (the oldest, past MAX_REMEMBERED_PAGES) are no move either.
 */
export function onlyPlacesTakenIn(
  after: Record<string, ReadingPosition>,
  before: Record<string, ReadingPosition>,
  takenIn: Record<string, ReadingPosition>,
): boolean {
  return Object.entries(after).every(([url, place]) => samePlace(before[url], place) || samePlace(takenIn[url], place));
}

const samePlace = (a: ReadingPosition | undefined, b: ReadingPosition) =>
  a !== undefined && a.savedAt === b.savedAt && a.fraction === b.fraction;

/** More entries than a file (a backup, the sync server's) may hold: it is refused, not cut. */
export const MAX_POSITIONS_READ = 10_000;
export const MAX_POSITION_URL_LENGTH = 8_192;

/**
 * Positions read from a file that may be damaged or hostile, rebuilt from what is sound: web
 * addresses only (normalized), a fraction from 0 to 1, a plausible time; anything else is dropped,
 * and more than MAX_POSITIONS_READ is refused whole (undefined), as is a value that is not a map.
 */
export function readingPositionsFrom(data: unknown): Record<string, ReadingPosition> | undefined {
  if (!isObject(data)) return undefined;
  const entries = Object.entries(data);
  if (entries.length > MAX_POSITIONS_READ) return undefined;
  const kept: [string, ReadingPosition][] = [];
  for (const [url, value] of entries) {
    if (url.length > MAX_POSITION_URL_LENGTH || !/^https?:\/\//i.test(url) || !isObject(value)) continue;
    const { fraction, savedAt } = value;
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) continue;
    if (typeof savedAt !== 'number' || !(savedAt >= 0 && savedAt < 1e14)) continue;
    kept.push([normalizeUrl(url), { fraction, savedAt }]);
  }
  // Object.fromEntries defines each key as the object's own: a "__proto__" key could not reach
  // the prototype, and the URL test above keeps such keys out anyway.
  return keepNewest(Object.fromEntries(kept), MAX_REMEMBERED_PAGES);
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

/**
 * The pages begun and not finished, the most recently read first: what "Continue reading" offers
 * (with sync on, the places read on the user's other computers among them).
 */
export function inProgressNewestFirst(positions: Record<string, ReadingPosition>): string[] {
  return Object.entries(positions)
    .filter(([, position]) => readingProgress(position).state === 'reading')
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .map(([url]) => url);
}
