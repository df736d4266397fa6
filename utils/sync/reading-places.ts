import {
  isNewer,
  keepNewest,
  MAX_REMEMBERED_PAGES,
  type ReadingPosition,
  readingPositionsFrom,
} from '../reading-position/positions';
import { hashText } from './bundle';

/**
 * Where the reader stopped in each article of the library, shared through the sync folder so
 * that the library on every device says how far each article was read, and the reader offers to
 * continue where you left off on another computer. Pure: the engine reads and writes.
 *
 * Only the places of articles in the library travel: the server learns no address it did not
 * already hold (a page read without saving stays this device's). Each page's newer place wins,
 * on both sides; a place is never removed from a device, only left out of what is shared once its
 * article is gone.
 */
export type ReadingPlaces = Record<string, ReadingPosition>;

export interface SharedPlaces {
  /** What the server should hold: the newer place of each article in the library. */
  shared: ReadingPlaces;
  /** Places the server had that are newer than this device's (to take in here). */
  newerThere: ReadingPlaces;
}

/**
 * `here`: this device's places (every page it remembers); `there`: the server's, or {} when the
 * server's are unchanged since this device last shared (it already has them); `library`: the
 * normalized URLs of the articles in the library now.
 */
export function shareReadingPlaces(
  here: ReadingPlaces,
  there: ReadingPlaces,
  library: ReadonlySet<string>,
): SharedPlaces {
  const newerThere: ReadingPlaces = {};
  for (const [url, place] of Object.entries(there)) {
    if (library.has(url) && isNewer(place, here[url])) newerThere[url] = place;
  }
  const shared: ReadingPlaces = {};
  for (const [url, place] of Object.entries({ ...here, ...newerThere })) {
    if (library.has(url)) shared[url] = place;
  }
  return { shared: keepNewest(shared, MAX_REMEMBERED_PAGES), newerThere };
}

/** The places file as read from the server, checked like a backup's (a damaged one reads as none). */
export function readingPlacesFrom(data: unknown): ReadingPlaces {
  return readingPositionsFrom(data) ?? {};
}

/** A fingerprint of the shared places, kept in the manifest: unchanged places are not read again. */
export function readingPlacesStamp(places: ReadingPlaces): string {
  const entries = Object.entries(places).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `p${hashText(JSON.stringify(entries))}`;
}
