import type { FolioDb } from '../db/schema';
import type { Bundle } from './bundle';
import type { Manifest, Shard } from './remote-store';

/**
 * What sync remembers on this device, in Folio's database (schema version 4):
 * - `syncBase`: each record as both sides had it after the last sync (the "base" of the
 *   three-way merge), by its file name on the server;
 * - `syncState`: the manifest and shards as last read from the server, so that an unchanged
 *   server costs one small conditional request, and the reading places' stamp as last shared.
 */
export interface SyncBaseRecord {
  fileName: string;
  id: string;
  bundle: Bundle;
}

export type SyncStateRecord =
  | { key: 'manifest'; folder: string; manifest: Manifest; etag?: string }
  | { key: `shard:${string}`; stamp: string; shard: Shard }
  /** The reading places' stamp as this device last shared them with the server. */
  | { key: 'reading-places'; stamp: string };

export async function readBase(db: FolioDb): Promise<Map<string, SyncBaseRecord>> {
  return new Map((await db.syncBase.toArray()).map((record) => [record.fileName, record]));
}

export async function readCachedManifest(
  db: FolioDb,
  folder: string,
): Promise<{ manifest: Manifest; etag?: string } | undefined> {
  const record = await db.syncState.get('manifest');
  return record?.key === 'manifest' && record.folder === folder ? record : undefined;
}

export async function readCachedShards(db: FolioDb): Promise<Map<string, { stamp: string; shard: Shard }>> {
  const records = await db.syncState.where('key').startsWith('shard:').toArray();
  return new Map(records.flatMap((r) => ('shard' in r ? [[r.key.slice(6), { stamp: r.stamp, shard: r.shard }]] : [])));
}

/** Forgets every sync memory: the next sync treats the server and this device as new to each other. */
export async function forgetSyncState(db: FolioDb): Promise<void> {
  await db.transaction('rw', db.syncBase, db.syncState, async () => {
    await db.syncBase.clear();
    await db.syncState.clear();
  });
}
