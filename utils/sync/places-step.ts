import type { FolioDb } from '../db/schema';
import type { ReadingPosition } from '../reading-position/positions';
import { isSyncError } from './errors';
import { type ReadingPlaces, readingPlacesFrom, readingPlacesStamp, shareReadingPlaces } from './reading-places';
import type { Manifest, RemoteStore } from './remote-store';

/** This device's reading places, as the engine reads and takes them in (storage.local in Folio). */
export interface ReadingPlacesStore {
  load(): Promise<Record<string, ReadingPosition>>;
  /** Takes in places newer than this device's (each page's newer place wins). */
  mergeIn(places: Record<string, ReadingPosition>): Promise<void>;
}

/**
 * One sync's share of the reading places: read the server's file only when its stamp in the
 * manifest is not the one this device last shared, take in what is newer there, and write the
 * file when what should be shared differs from it. Returns the stamp the manifest should carry
 * (undefined while nothing was ever shared). Places are a help, not the library: a file that
 * cannot be read (damaged, or written by something else) is replaced by this device's places
 * rather than stopping the sync.
 */
export async function shareReadingPlacesStep(
  db: FolioDb,
  store: RemoteStore,
  manifest: Manifest,
  places: ReadingPlacesStore,
): Promise<string | undefined> {
  const onServer = manifest.readingPlaces;
  const lastShared = await db.syncState.get('reading-places');
  const changedThere =
    onServer !== undefined && (lastShared?.key !== 'reading-places' || lastShared.stamp !== onServer);
  const there: ReadingPlaces = changedThere ? await readServerPlaces(store) : {};
  const library = new Set((await db.articles.orderBy('url').uniqueKeys()) as string[]);
  const { shared, newerThere } = shareReadingPlaces(await places.load(), there, library);
  if (Object.keys(newerThere).length) await places.mergeIn(newerThere);
  if (onServer === undefined && !Object.keys(shared).length) return undefined;
  const stamp = readingPlacesStamp(shared);
  if (stamp !== onServer) await store.writeReadingPlaces(shared);
  return stamp;
}

/** Remembered once the manifest that carries the stamp is on the server. */
export async function rememberSharedPlaces(db: FolioDb, stamp: string | undefined): Promise<void> {
  if (stamp) await db.syncState.put({ key: 'reading-places', stamp });
}

async function readServerPlaces(store: RemoteStore): Promise<ReadingPlaces> {
  try {
    return readingPlacesFrom(await store.readReadingPlaces());
  } catch (error) {
    if (isSyncError(error, 'bad-data')) return {};
    throw error;
  }
}
