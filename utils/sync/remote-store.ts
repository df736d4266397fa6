import type { SavedContent } from '../db/types';
import type { Bundle } from './bundle';
import { decryptBytes, type EncryptionParams, encryptBytes, type SyncKeys } from './crypto';
import { SyncError } from './errors';
import type { DavClient } from './webdav';

/**
 * The layout of a sync folder on the server:
 *
 *   folio-sync.json        the manifest (plain JSON): format, encryption parameters, a stamp per
 *                          shard, the automatic backups. Small (256 stamps), read first each sync.
 *   shards/<xx>            which record files exist and their versions, by the first two hex
 *                          characters of the file name: a change rewrites one shard, not an index
 *                          of every article.
 *   records/<name>         one article with its highlights (or its tombstone), or the site rules.
 *   copies/<name>          an article's saved copy (HTML and text), written only when it changes.
 *   backups/<date>         the weekly full backups.
 *   reading-places         where the reader stopped in each article of the library (one small
 *                          file; the manifest holds its stamp, so it is read only when it changed).
 *
 * <name> is 32 hex characters: SHA-256 of the record id, or its HMAC when the folder is encrypted
 * (then every file but the manifest is ciphertext and ends in .bin). Every write goes to a
 * temporary name first and is then moved into place (DavClient.putAtomic).
 */
export const MANIFEST_FILE = 'folio-sync.json';
export const FOLDERS = ['shards/', 'records/', 'copies/', 'backups/'] as const;
const READING_PLACES_FILE = 'reading-places';

export interface Manifest {
  format: 'folio-sync';
  version: 1;
  encryption?: EncryptionParams;
  /** shard name → a random stamp that changes whenever the shard is written. */
  shards: Record<string, string>;
  backups: BackupEntry[];
  writtenAt: number;
  writtenBy: string;
  /**
   * The stamp of the reading places file (readingPlacesStamp); absent before any was shared. A
   * Folio that does not know it keeps it: manifests are written as read, with their own fields.
   */
  readingPlaces?: string;
}

export interface BackupEntry {
  file: string;
  /** ISO date of the backup. */
  createdAt: string;
  bytes: number;
}

/** One record file as a shard lists it: its version, and when it was deleted (tombstones). */
export interface ShardEntry {
  v: string;
  deletedAt?: number;
}

export type Shard = Record<string, ShardEntry>;

export function shardOf(fileName: string): string {
  return fileName.slice(0, 2);
}

export function emptyManifest(device: string, now: number, encryption?: EncryptionParams): Manifest {
  return {
    format: 'folio-sync',
    version: 1,
    ...(encryption ? { encryption } : {}),
    shards: {},
    backups: [],
    writtenAt: now,
    writtenBy: device,
  };
}

export class RemoteStore {
  constructor(
    private readonly dav: DavClient,
    private keys?: SyncKeys,
  ) {}

  setKeys(keys: SyncKeys | undefined): void {
    this.keys = keys;
  }

  get encrypted(): boolean {
    return Boolean(this.keys);
  }

  async createFolders(): Promise<void> {
    await this.dav.createFolder();
    for (const folder of FOLDERS) await this.dav.mkcol(folder);
  }

  async readManifest(etag?: string): Promise<{ manifest: Manifest; etag?: string } | 'unchanged' | undefined> {
    const file = await this.dav.get(MANIFEST_FILE, etag);
    if (file === undefined || file === 'unchanged') return file;
    const manifest = parseJson(file.body) as Manifest;
    if (manifest?.format !== 'folio-sync' || typeof manifest.shards !== 'object' || !manifest.shards) {
      throw new SyncError('bad-data', `${MANIFEST_FILE} in this folder is not a Folio sync manifest.`);
    }
    if (manifest.version !== 1) {
      throw new SyncError('bad-data', 'This folder was written by a newer Folio: update Folio to sync with it.');
    }
    manifest.backups = Array.isArray(manifest.backups) ? manifest.backups : [];
    return { manifest, etag: file.etag };
  }

  /** Whether a library was written here: its shards folder is there (with or without a manifest). */
  async holdsLibrary(): Promise<boolean> {
    return (await this.dav.probe(FOLDERS[0])) === 'ok';
  }

  async writeManifest(manifest: Manifest): Promise<void> {
    await this.dav.putAtomic(MANIFEST_FILE, encodeJson(manifest), 'application/json');
  }

  async readShard(name: string): Promise<Shard> {
    return ((await this.readFile(`shards/${name}`)) as Shard | undefined) ?? {};
  }

  async writeShard(name: string, shard: Shard): Promise<void> {
    await this.writeFile(`shards/${name}`, shard);
  }

  async readBundle(fileName: string): Promise<Bundle | undefined> {
    return (await this.readFile(`records/${fileName}`)) as Bundle | undefined;
  }

  async writeBundle(fileName: string, bundle: Bundle): Promise<void> {
    await this.writeFile(`records/${fileName}`, bundle);
  }

  async deleteBundle(fileName: string): Promise<void> {
    await this.dav.delete(this.path(`records/${fileName}`));
    await this.dav.delete(this.path(`copies/${fileName}`));
  }

  async readCopy(fileName: string): Promise<SavedContent | undefined> {
    return (await this.readFile(`copies/${fileName}`)) as SavedContent | undefined;
  }

  async writeCopy(fileName: string, copy: SavedContent): Promise<void> {
    await this.writeFile(`copies/${fileName}`, copy);
  }

  /** The reading places as stored (unchecked: see readingPlacesFrom); undefined when there is none. */
  readReadingPlaces(): Promise<unknown> {
    return this.readFile(READING_PLACES_FILE);
  }

  writeReadingPlaces(places: unknown): Promise<void> {
    return this.writeFile(READING_PLACES_FILE, places);
  }

  async writeBackup(file: string, json: string): Promise<number> {
    const body = await this.seal(new TextEncoder().encode(json));
    await this.dav.putAtomic(`backups/${file}`, body);
    return body.length;
  }

  async readBackup(file: string): Promise<string | undefined> {
    const found = await this.dav.get(`backups/${file}`);
    if (!found || found === 'unchanged') return undefined;
    return new TextDecoder().decode(await this.open(found.body));
  }

  async deleteBackup(file: string): Promise<void> {
    await this.dav.delete(`backups/${file}`);
  }

  /** A backup's file name: dated, or opaque when the folder is encrypted. */
  backupFileName(date: string): string {
    return this.keys ? `${crypto.randomUUID()}.bin` : `folio-backup-${date}.json`;
  }

  private path(name: string): string {
    return this.keys ? `${name}.bin` : `${name}.json`;
  }

  private async readFile(name: string): Promise<unknown> {
    const found = await this.dav.get(this.path(name));
    if (!found || found === 'unchanged') return undefined;
    return parseJson(await this.open(found.body));
  }

  private async writeFile(name: string, value: unknown): Promise<void> {
    const body = await this.seal(encodeJson(value));
    await this.dav.putAtomic(this.path(name), body, this.keys ? 'application/octet-stream' : 'application/json');
  }

  private seal(plain: Uint8Array): Promise<Uint8Array> {
    return this.keys ? encryptBytes(this.keys, plain) : Promise.resolve(plain);
  }

  private open(body: Uint8Array): Promise<Uint8Array> {
    return this.keys ? decryptBytes(this.keys, body) : Promise.resolve(body);
  }
}

function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new SyncError(
      'bad-data',
      'A file on the server is not valid JSON: it was changed by something other than Folio.',
    );
  }
}
