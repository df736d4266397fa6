import { mapLimited } from '../async/map-limited';
import type { BackupPreferences } from '../backup/preferences';
import type { FolioDb } from '../db/schema';
import type { SiteRule } from '../extract/types';
import {
  type ArticleBundle,
  type Bundle,
  type DeviceId,
  hashText,
  presenceVersion,
  SITE_RULES_ID,
  type SiteRulesBundle,
  siteRulesVersion,
  TOMBSTONE_MS,
  versionOf,
} from './bundle';
import { fileNameOf, newEncryption, type SyncKeys } from './crypto';
import { isSyncError, SyncError } from './errors';
import { keysFor } from './key-cache';
import { applyBundle, readLocalLibrary } from './local-library';
import { forgetSyncState, readBase, readCachedManifest, readCachedShards } from './local-state';
import { type LocalArticle, type MergeContext, mergeArticleBundle, mergeSiteRules } from './merge';
import { type ReadingPlacesStore, rememberSharedPlaces, shareReadingPlacesStep } from './places-step';
import { emptyManifest, type Manifest, RemoteStore, type Shard, type ShardEntry, shardOf } from './remote-store';
import { type BackupPolicy, backupIfDue } from './server-backups';
import type { DavClient } from './webdav';

/**
 * One sync of this device's library with a WebDAV folder: read what changed on the server (the
 * manifest, then only the shards whose stamp changed, then only the records they list as changed),
 * merge three ways with what changed here, write back what differs, and the shards and manifest
 * last. Every step can stop (a fault, the service worker put to sleep) without losing anything:
 * a record's base is recorded only after the server has it, and a record the server's index
 * forgot is found again by comparing versions, so the next sync finishes the work and writes
 * nothing twice.
 */
export interface SyncEngineDeps {
  db: FolioDb;
  dav: DavClient;
  /** The folder's URL: the manifest cached for another folder is not used. */
  folder: string;
  device: DeviceId;
  passphrase?: string;
  now?: () => number;
  conflictLabel: MergeContext['conflictLabel'];
  siteRules: { load(): Promise<SiteRule[]>; save(rules: SiteRule[]): Promise<void> };
  backups?: BackupPolicy;
  /** Where the reader stopped in each article: shared for the articles in the library. */
  readingPlaces?: ReadingPlacesStore;
  /** Put into the automatic backups (not synced: each device keeps its own). */
  preferences?: { load(): Promise<BackupPreferences> };
  onProgress?: (done: number, total: number) => void;
}

export interface SyncReport {
  /** Records written to the server. */
  pushed: number;
  /** Records changed on this device from the server's. */
  pulled: number;
  /** Records left for the next sync because they changed here while this one ran. */
  deferred: number;
  rounds: number;
  backup?: string;
}

const PARALLEL_REQUESTS = 6;
const MAX_ROUNDS = 4;

/** One sync at a time per database: a second waits for the first (it may have work left). */
const running = new WeakMap<FolioDb, Promise<unknown>>();

export function syncLibrary(deps: SyncEngineDeps): Promise<SyncReport> {
  const previous = running.get(deps.db) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => syncRounds(deps));
  running.set(deps.db, next);
  return next;
}

async function syncRounds(deps: SyncEngineDeps): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, pulled: 0, deferred: 0, rounds: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    report.rounds++;
    try {
      const again = await syncRound(deps, report);
      if (!again) return report;
    } catch (error) {
      // Another device wrote while this one did (409/412, or a manifest that changed under us):
      // read again, merge again, write again.
      if (!isSyncError(error, 'conflict') || round === MAX_ROUNDS - 1) throw error;
    }
  }
  return report;
}

/** Returns true when another round is needed (two articles of one URL were merged). */
async function syncRound(deps: SyncEngineDeps, report: SyncReport): Promise<boolean> {
  const { db } = deps;
  const now = deps.now?.() ?? Date.now();
  const store = new RemoteStore(deps.dav);
  const opened = await openManifest(deps, store, now);
  const { manifest, fresh } = opened;
  store.setKeys(opened.keys);

  const cachedShards = await readCachedShards(db);
  const shards = new Map<string, Shard>();
  await mapLimited(Object.entries(manifest.shards), PARALLEL_REQUESTS, async ([name, stamp]) => {
    const cached = cachedShards.get(name);
    shards.set(name, cached?.stamp === stamp ? cached.shard : await store.readShard(name));
  });
  const remoteIndex = new Map<string, ShardEntry>();
  for (const shard of shards.values()) for (const [file, entry] of Object.entries(shard)) remoteIndex.set(file, entry);

  const local = await readLocalLibrary(db);
  const base = await readBase(db);
  const idOf = new Map<string, string>();
  for (const [file, record] of base) idOf.set(file, record.id);
  for (const id of [...local.keys(), SITE_RULES_ID]) idOf.set(await fileNameOf(id, opened.keys), id);
  const localRules = await deps.siteRules.load();

  const context: MergeContext = { now, device: deps.device, conflictLabel: deps.conflictLabel };
  const index = new Map(remoteIndex);
  /** Files whose index entry this round set or removed: in a shard written meanwhile, ours win. */
  const decided = new Set<string>();
  let again = false;
  const files = [...new Set([...idOf.keys(), ...remoteIndex.keys()])];
  let done = 0;
  await mapLimited(files, PARALLEL_REQUESTS, async (file) => {
    const id = idOf.get(file);
    const baseBundle = base.get(file)?.bundle;
    const entry = remoteIndex.get(file);
    const localArticle = id ? local.get(id) : undefined;
    const localVersion =
      id === SITE_RULES_ID
        ? siteRulesVersion(localRules)
        : versionOf(localArticle?.article, localArticle?.highlights ?? []);
    const baseVersion = id === SITE_RULES_ID ? (baseBundle?.v ?? siteRulesVersion([])) : presenceVersion(baseBundle);
    const localChanged = id !== undefined && localVersion !== baseVersion;
    const remoteChanged = entry?.v !== baseBundle?.v;
    deps.onProgress?.(++done, files.length);
    /** The record is done with: gone from this device's memory and the index (and the server). */
    const forget = async (fromServer: boolean) => {
      if (fromServer) await store.deleteBundle(file);
      await db.syncBase.delete(file);
      index.delete(file);
      decided.add(file);
    };
    const expired = (deletedAt: number | undefined) => deletedAt !== undefined && deletedAt < now - TOMBSTONE_MS;
    if (!localChanged && !remoteChanged) {
      // A tombstone every device has had 90 days to see: it goes from the server and from here.
      if (expired(entry?.deletedAt)) await forget(true);
      return;
    }

    const remote = remoteChanged ? await readServerCopy(store, file, entry !== undefined, baseBundle) : baseBundle;
    const bundleId = id ?? remote?.id;
    if (!bundleId || (remote && remote.id !== bundleId)) return;

    if (bundleId === SITE_RULES_ID) {
      const merged = mergeSiteRules(baseBundle as SiteRulesBundle | undefined, localRules, remote as SiteRulesBundle);
      if (merged.v !== localVersion) {
        await deps.siteRules.save(merged.rules);
        report.pulled++;
      }
      if (remote?.v !== merged.v) {
        await store.writeBundle(file, { ...merged, updatedAt: now, device: deps.device });
        report.pushed++;
      }
      await db.syncBase.put({ fileName: file, id: bundleId, bundle: merged });
      index.set(file, { v: merged.v });
      decided.add(file);
      return;
    }

    const mine: LocalArticle = localArticle ?? { highlights: [] };
    if (!remote && !mine.article && !(baseBundle as ArticleBundle | undefined)?.article) {
      // Deleted here and gone from the server (its tombstone purged): nothing left to remember.
      await forget(false);
      return;
    }
    const merged = stampDevice(
      mergeArticleBundle(bundleId, baseBundle as ArticleBundle, mine, remote as ArticleBundle, context),
      deps.device,
    );
    if (presenceVersion(merged) !== versionOf(mine.article, mine.highlights)) {
      const savedAt = merged.article?.savedAt ?? 0;
      const copy = savedAt > (mine.article?.savedAt ?? 0) ? await store.readCopy(file) : undefined;
      const outcome = await applyBundle(db, merged, mine, copy);
      if (outcome === 'changed-meanwhile') {
        report.deferred++;
        return;
      }
      if (outcome === 'merged-duplicate') again = true;
      report.pulled++;
    }
    const remoteArticle = remote as ArticleBundle | undefined;
    const differs =
      !remoteArticle ||
      remoteArticle.v !== merged.v ||
      remoteArticle.removed?.length !== merged.removed.length ||
      remoteArticle.deletedAt !== merged.deletedAt;
    if (!merged.article && expired(merged.deletedAt ?? 0)) {
      await forget(true);
      return;
    }
    if (differs) {
      const savedAt = merged.article?.savedAt;
      if (savedAt && savedAt === mine.article?.savedAt && remoteArticle?.article?.savedAt !== savedAt) {
        const copy = await db.savedCopies.get(bundleId);
        if (copy) await store.writeCopy(file, { html: copy.html, text: copy.text, savedAt: copy.savedAt });
      }
      await store.writeBundle(file, merged);
      report.pushed++;
    }
    await db.syncBase.put({ fileName: file, id: bundleId, bundle: merged });
    index.set(file, merged.deletedAt === undefined ? { v: merged.v } : { v: merged.v, deletedAt: merged.deletedAt });
    decided.add(file);
  });

  // The shards whose entries differ from what the server lists, written before the manifest.
  const wanted = new Map<string, Shard>();
  for (const [file, entry] of index) {
    const name = shardOf(file);
    const shard = wanted.get(name) ?? {};
    shard[file] = entry;
    wanted.set(name, shard);
  }
  const dirty = [...new Set([...wanted.keys(), ...shards.keys()])].filter(
    (name) => !sameShard(wanted.get(name) ?? {}, shards.get(name) ?? {}),
  );
  await mapLimited(dirty, PARALLEL_REQUESTS, async (name) => {
    const shard = keepOthersEntries(wanted.get(name) ?? {}, await store.readShard(name), decided);
    await store.writeShard(name, shard);
    if (Object.keys(shard).length) wanted.set(name, shard);
    else wanted.delete(name);
  });
  // Stamps are the shards' fingerprints, so a manifest that lags behind its shards (a sync stopped
  // between the two) is seen and written again.
  const stamps: Record<string, string> = {};
  for (const [name, shard] of wanted) stamps[name] = shardStamp(shard);
  const manifestLags = JSON.stringify(stamps) !== JSON.stringify(manifest.shards);
  const backup = await backupIfDue(deps, store, manifest, now);
  if (backup) report.backup = backup.file;
  // After the records: the places of articles this round brought in are shared too.
  const places = deps.readingPlaces
    ? await shareReadingPlacesStep(db, store, manifest, deps.readingPlaces)
    : manifest.readingPlaces;

  if (dirty.length || manifestLags || fresh || backup || places !== manifest.readingPlaces) {
    if (!fresh) await checkNobodyWrote(store, manifest);
    const next: Manifest = {
      ...manifest,
      shards: stamps,
      backups: backup?.backups ?? manifest.backups,
      writtenAt: now,
      writtenBy: deps.device,
      ...(places ? { readingPlaces: places } : {}),
    };
    await store.writeManifest(next);
    await db.syncState.put({ key: 'manifest', folder: deps.folder, manifest: next });
  } else if (opened.etag) {
    await db.syncState.put({ key: 'manifest', folder: deps.folder, manifest, etag: opened.etag });
  }
  await db.syncState.bulkPut(
    [...wanted].map(([name, shard]) => ({ key: `shard:${name}` as const, stamp: shardStamp(shard), shard })),
  );
  await rememberSharedPlaces(db, places);
  return again;
}

interface OpenedManifest {
  manifest: Manifest;
  etag?: string;
  keys?: SyncKeys;
  /** The folder had no manifest: this sync creates it. */
  fresh: boolean;
}

async function openManifest(deps: SyncEngineDeps, store: RemoteStore, now: number): Promise<OpenedManifest> {
  const cached = await readCachedManifest(deps.db, deps.folder);
  const read = await readManifestUnlessMissing(store, cached?.etag);
  if (read === undefined) {
    // No library in this folder (a first sync, or the folder was emptied): start afresh. What the
    // server lacks is never taken for deletions, so everything here is written again.
    await forgetSyncState(deps.db);
    await store.createFolders();
    const encryption = deps.passphrase ? await newEncryption(deps.passphrase) : undefined;
    return { manifest: emptyManifest(deps.device, now, encryption?.params), keys: encryption?.keys, fresh: true };
  }
  const { manifest, etag } = read === 'unchanged' ? (cached as { manifest: Manifest; etag?: string }) : read;
  if (manifest.encryption && !deps.passphrase) {
    throw new SyncError('needs-passphrase', 'The library in this folder is encrypted: enter its passphrase.');
  }
  if (!manifest.encryption && deps.passphrase) {
    throw new SyncError(
      'not-encrypted',
      'The library in this folder is not encrypted. To encrypt yours, choose an empty folder, or sync without a passphrase.',
    );
  }
  const keys = manifest.encryption ? await keysFor(deps.passphrase as string, manifest.encryption) : undefined;
  // The folder was emptied and made again (a new salt): what this device remembers of it is void.
  if (cached && cached.manifest.encryption?.salt !== manifest.encryption?.salt) await forgetSyncState(deps.db);
  return { manifest, etag, keys, fresh: false };
}

/**
 * Pauses before a file is believed missing that should be there. WebDAV servers (rclone's,
 * Nextcloud's) replace a file by MOVE as a DELETE then a rename, so another device's write leaves
 * a moment in which the file is not there. A manifest missing in that moment would start the
 * library afresh (every record sent again, the server backups' list dropped and, when encrypted,
 * a new key written over the one the other devices use); a record missing in it would be written
 * over with this device's older version, and the other device's change lost.
 */
const MISSING_FILE_RETRIES_MS = [300, 1200];

/** A file found missing, read again after each pause; still missing, undefined. */
async function readAfterPauses<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  for (const wait of MISSING_FILE_RETRIES_MS) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const value = await read();
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The server's copy of a record that changed there since this device last synced it. The file
 * itself is the truth (the index may lag after an interrupted sync), and a missing file is unknown,
 * never a deletion (see merge.ts): one the index lists is read again after pauses (another device
 * may be replacing it). A record neither indexed nor synced before is new here: nothing to read.
 */
async function readServerCopy(
  store: RemoteStore,
  file: string,
  indexed: boolean,
  baseBundle: Bundle | undefined,
): Promise<Bundle | undefined> {
  if (indexed) return (await store.readBundle(file)) ?? (await readAfterPauses(() => store.readBundle(file)));
  return baseBundle ? store.readBundle(file) : undefined;
}

/** The manifest; missing in a folder that holds a library, read again (readAfterPauses). */
async function readManifestUnlessMissing(store: RemoteStore, etag: string | undefined) {
  const read = await store.readManifest(etag);
  if (read !== undefined || !(await store.holdsLibrary())) return read;
  return readAfterPauses(() => store.readManifest(etag));
}

/** Another device's manifest written since ours was read: merge again rather than overwrite it. */
async function checkNobodyWrote(store: RemoteStore, read: Manifest): Promise<void> {
  const now = await store.readManifest();
  if (!now || now === 'unchanged') return;
  if (
    JSON.stringify(now.manifest.shards) !== JSON.stringify(read.shards) ||
    now.manifest.writtenAt !== read.writtenAt
  ) {
    throw new SyncError('conflict', 'Another device synced at the same time.');
  }
}

/**
 * A shard about to be written, with what another device wrote to it since this sync read it.
 * WebDAV cannot write "only if unchanged", so a shard is read again just before it is written:
 * entries this sync decided are ours, every other entry is the server's latest. This narrows the
 * window in which two devices writing one shard lose an entry to the moment between that read
 * and the write; what still slips through, the writer's follow-up sync puts back.
 */
function keepOthersEntries(ours: Shard, onServer: Shard, decided: ReadonlySet<string>): Shard {
  const shard: Shard = { ...ours };
  for (const [file, entry] of Object.entries(onServer)) if (!decided.has(file)) shard[file] = entry;
  return shard;
}

function shardStamp(shard: Shard): string {
  return hashText(JSON.stringify(Object.entries(shard).sort(([a], [b]) => (a < b ? -1 : 1))));
}

function sameShard(a: Shard, b: Shard): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k]?.v === b[k]?.v && a[k]?.deletedAt === b[k]?.deletedAt);
}

/** Records this device changed carry its id; the others keep the id of the device that wrote them. */
function stampDevice(bundle: ArticleBundle, device: DeviceId): ArticleBundle {
  return {
    ...bundle,
    ...(bundle.article ? { article: { ...bundle.article, device: bundle.article.device ?? device } } : {}),
    highlights: bundle.highlights.map((h) => (h.device ? h : { ...h, device })),
  };
}
