import { buildBackup } from '../backup/format';
import type { BackupPreferences } from '../backup/preferences';
import { exportAll } from '../db/library-export';
import type { FolioDb } from '../db/schema';
import type { SiteRule } from '../extract/types';
import type { BackupEntry, Manifest, RemoteStore } from './remote-store';

/**
 * The automatic backups kept in the sync folder: a whole-library JSON backup (the same file
 * "Back up" on the library page makes, without the pictures, which would make a weekly upload of
 * hundreds of megabytes) when the newest is older than `everyDays`, keeping the newest `keep`.
 * Restored from the library page like any backup file.
 */
export interface BackupPolicy {
  everyDays: number;
  keep: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { everyDays: 7, keep: 5 };
const DAY_MS = 24 * 60 * 60 * 1000;

export async function backupIfDue(
  deps: {
    db: FolioDb;
    backups?: BackupPolicy;
    siteRules: { load(): Promise<SiteRule[]> };
    preferences?: { load(): Promise<BackupPreferences> };
  },
  store: RemoteStore,
  manifest: Manifest,
  now: number,
): Promise<{ file: string; backups: BackupEntry[] } | undefined> {
  const policy = deps.backups;
  if (!policy) return undefined;
  const newest = Math.max(0, ...manifest.backups.map((b) => Date.parse(b.createdAt) || 0));
  if (now - newest < policy.everyDays * DAY_MS) return undefined;
  const { articles, highlights } = await exportAll(deps.db);
  if (!articles.length) return undefined;
  const createdAt = new Date(now);
  const [siteRules, preferences] = await Promise.all([deps.siteRules.load(), deps.preferences?.load()]);
  const json = JSON.stringify(buildBackup(articles, highlights, { now: createdAt, siteRules, preferences }));
  const file = store.backupFileName(createdAt.toISOString().slice(0, 10));
  const bytes = await store.writeBackup(file, json);
  const all = [...manifest.backups.filter((b) => b.file !== file), { file, createdAt: createdAt.toISOString(), bytes }];
  all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const old of all.slice(policy.keep)) await store.deleteBackup(old.file).catch(() => {});
  return { file, backups: all.slice(0, policy.keep) };
}
