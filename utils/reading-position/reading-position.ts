import { storage } from 'wxt/utils/storage';
import { normalizeUrl } from '../db/normalize-url';
import { READING_POSITIONS_KEY } from '../protocol/storage-keys';
import { keepNewest, MAX_REMEMBERED_PAGES, mergeReadingPositions, type ReadingPosition } from './positions';

const positionsItem = storage.defineItem<Record<string, ReadingPosition>>(READING_POSITIONS_KEY, {
  fallback: {},
});

export async function loadReadingPosition(url: string): Promise<ReadingPosition | undefined> {
  return (await positionsItem.getValue())[normalizeUrl(url)];
}

export async function saveReadingPosition(url: string, fraction: number, now = Date.now()): Promise<void> {
  const all = { ...(await positionsItem.getValue()), [normalizeUrl(url)]: { fraction, savedAt: now } };
  await positionsItem.setValue(keepNewest(all, MAX_REMEMBERED_PAGES));
}

/** Every remembered position, by normalized URL (for backups, and the library's progress). */
export const loadReadingPositions = () => positionsItem.getValue();

/**
 * Calls `onChange` with them all, and as they were, whenever they change: a reader (in any tab)
 * moved on, or places were taken in. Returns the unwatch.
 */
export const watchReadingPositions = (
  onChange: (all: Record<string, ReadingPosition>, before: Record<string, ReadingPosition>) => void,
) => positionsItem.watch((all, before) => onChange(all ?? {}, before ?? {}));

/**
 * Takes in positions from elsewhere (a restored backup, another device through sync): each page's
 * newer place wins, read and written back at once so that a place the reader saves meanwhile in
 * another tab is kept.
 */
export async function mergeIntoReadingPositions(other: Record<string, ReadingPosition>): Promise<void> {
  await positionsItem.setValue(mergeReadingPositions(await positionsItem.getValue(), other));
}
