import type { FolioDb } from '../db/schema';
import { onlyPlacesTakenIn, type ReadingPosition } from '../reading-position/positions';
import { loadReadingPositions, mergeIntoReadingPositions } from '../reading-position/reading-position';
import { loadPreferences } from '../settings/preferences-storage';
import { loadSiteRules, saveSiteRules } from '../settings/site-rules-storage';
import type { DeviceId } from '../sync/bundle';
import { syncLibrary } from '../sync/engine';
import { isSyncError, SyncError, type SyncErrorKind } from '../sync/errors';
import { keysFor } from '../sync/key-cache';
import { forgetSyncState } from '../sync/local-state';
import type { MergeContext } from '../sync/merge';
import { type BackupEntry, RemoteStore } from '../sync/remote-store';
import {
  BACKUP_POLICY,
  folderUrlOf,
  normalizeSyncSettings,
  type SyncSettings,
  type SyncSettingsInput,
  type SyncSettingsView,
  serverPermissionOf,
  viewOf,
} from '../sync/settings';
import type { SyncFailure, SyncStatus, SyncTestResult } from '../sync/status';
import { deviceId, loadSyncSettings, loadSyncStatus, saveSyncSettings, saveSyncStatus } from '../sync/sync-storage';
import { DavClient } from '../sync/webdav';

/**
 * Sync's place in the background: when to sync (after local changes, debounced; at start; on
 * the alarm; on "Sync now"; once more a little after a sync that wrote), one at a time, and what
 * the options page and the popup see of it (SyncStatus in storage.local). A 401/403 or a refused
 * passphrase pauses automatic syncs until the settings change, so a wrong password is not retried
 * every 15 minutes.
 */
export interface SyncControllerDeps {
  db: FolioDb;
  hasPermission(pattern: string): Promise<boolean>;
  /** The alarm that syncs every N minutes (0: none). */
  setAlarm(minutes: number): Promise<void>;
  /** Records changed here from the server's: open pages reload. */
  onPulled(): void;
  conflictLabel: MergeContext['conflictLabel'];
  fetcher?: typeof fetch;
  debounceMs?: number;
  /** How long after the reader last moved on a sync shares where it stopped (READING_DEBOUNCE_MS). */
  readingDebounceMs?: number;
  /** After a sync that wrote, when to look again (FOLLOW_UP_MS); `false`: never (tests). */
  followUpMs?: number | false;
}

/** `follow-up`: the second look a few seconds after a sync that wrote to the server. */
/** `reading`: a while after the reader stopped moving on, to share where it stopped. */
export type SyncTrigger = 'user' | 'change' | 'alarm' | 'startup' | 'follow-up' | 'reading';

/** Kinds that a retry cannot fix: the user must change the settings (or the server's). */
const PAUSING: readonly SyncErrorKind[] = ['auth', 'passphrase', 'needs-passphrase', 'not-encrypted', 'settings'];
const DEBOUNCE_MS = 5000;
/**
 * The reader saves its place as the page scrolls: the sync that shares it waits until reading has
 * paused this long. Under the 30 s after which an idle service worker is stopped (its timer with
 * it); the next sync shares the place all the same if it is.
 */
const READING_DEBOUNCE_MS = 20_000;
/**
 * WebDAV has no compare-and-swap: when two devices sync at the same moment, the one that writes
 * last can write over the other's shard or list it in the manifest as it was before. The device
 * whose write was lost is the one that can mend it (it still has the record; its next sync puts
 * it back in the index), so after writing it looks once more, after the other's sync has ended.
 * When nobody wrote meanwhile this costs one conditional request.
 */
const FOLLOW_UP_MS = 10_000;
/** Up to this much later still, so that two devices' follow-ups do not meet again. */
const FOLLOW_UP_SPREAD_MS = 5000;
const PROGRESS_EVERY_MS = 300;

export class SyncController {
  private debounce?: ReturnType<typeof setTimeout>;
  private readingDebounce?: ReturnType<typeof setTimeout>;
  /** The places the last sync took in from the server: their arrival here is no reader moving on. */
  private placesTakenIn: Record<string, ReadingPosition> = {};
  private followUp?: ReturnType<typeof setTimeout>;
  private running?: Promise<SyncStatus>;
  private changesWhileRunning = 0;
  private device?: Promise<DeviceId>;

  constructor(private readonly deps: SyncControllerDeps) {}

  async settingsView(): Promise<SyncSettingsView> {
    return viewOf(await loadSyncSettings());
  }

  /**
   * Saves the settings the user gave (asking for the server's permission is the options page's,
   * in the click: here it is only checked). A new server, folder or passphrase starts sync afresh.
   */
  async saveSettings(input: SyncSettingsInput): Promise<SyncSettingsView> {
    const saved = await loadSyncSettings();
    const next = normalizeSyncSettings(input, saved);
    if (next.enabled) await this.checkReachable(next);
    const where = (s: SyncSettings) => [s.serverUrl, s.folder, s.user, s.passphrase].join('\n');
    if (where(next) !== where(saved)) await forgetSyncState(this.deps.db);
    await saveSyncSettings(next);
    await this.deps.setAlarm(next.enabled ? next.intervalMinutes : 0);
    const status = await loadSyncStatus();
    await saveSyncStatus({
      ...status,
      state: next.enabled ? 'idle' : 'off',
      paused: false,
      lastError: undefined,
      progress: undefined,
    });
    if (next.enabled) void this.syncNow('user');
    return viewOf(next);
  }

  /** "Test connection": the folder answers these credentials (it may not exist yet). */
  async testConnection(input: SyncSettingsInput): Promise<SyncTestResult> {
    const settings = normalizeSyncSettings(input, await loadSyncSettings());
    try {
      await this.checkReachable(settings);
      const found = await this.client(settings).probe();
      return { ok: true, folderMissing: found === 'missing', message: found };
    } catch (error) {
      const failure = asSyncError(error);
      return { ok: false, error: describe(failure), message: failure.message };
    }
  }

  async status(): Promise<SyncStatus> {
    return loadSyncStatus();
  }

  /**
   * When the background starts: a sync that was cut short (the service worker stopped mid-way,
   * the browser closed) or changes that were waiting are synced now. Records the server already
   * has are not written again (the engine compares versions), so resuming duplicates nothing.
   */
  async resumeIfUnfinished(): Promise<SyncStatus | undefined> {
    const [settings, status] = await Promise.all([loadSyncSettings(), loadSyncStatus()]);
    if (!settings.enabled || !(status.pending > 0 || status.state === 'syncing')) return undefined;
    return this.syncNow('startup');
  }

  /** A change to the library here: sync in a few seconds (changes in a burst make one sync). */
  changed(): void {
    void this.countChange();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncNow('change'), this.deps.debounceMs ?? DEBOUNCE_MS);
  }

  /**
   * The reader moved on in a page: where it stopped goes to the server with the next sync, or a
   * little after reading pauses. Not a change waiting in the status: places are not the library.
   * Given the places after and before the change, one that only brought in what a sync took in
   * from the server is passed over (it would sync again for nothing).
   */
  readingPlaceChanged(after?: Record<string, ReadingPosition>, before?: Record<string, ReadingPosition>): void {
    if (after && before && onlyPlacesTakenIn(after, before, this.placesTakenIn)) return;
    clearTimeout(this.readingDebounce);
    this.readingDebounce = setTimeout(
      () => void this.syncNow('reading'),
      this.deps.readingDebounceMs ?? READING_DEBOUNCE_MS,
    );
  }

  /** Syncs now (or, if a sync is running, once it ends) and returns the status after it. */
  async syncNow(trigger: SyncTrigger): Promise<SyncStatus> {
    if (this.running) {
      await this.running.catch(() => {});
      if (trigger !== 'user' && trigger !== 'change') return loadSyncStatus();
    }
    this.running = this.run(trigger);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  async listBackups(): Promise<BackupEntry[]> {
    const settings = await loadSyncSettings();
    if (!settings.serverUrl) return [];
    const read = await new RemoteStore(this.client(settings)).readManifest();
    return read && read !== 'unchanged' ? read.manifest.backups : [];
  }

  /** A backup from the server, as the text of its JSON (decrypted), for the library's restore. */
  async readBackup(file: string): Promise<string> {
    const settings = await loadSyncSettings();
    const store = new RemoteStore(this.client(settings));
    const read = await store.readManifest();
    if (!read || read === 'unchanged' || !read.manifest.backups.some((b) => b.file === file)) {
      throw new SyncError('not-found', 'That backup is no longer on the server.');
    }
    if (read.manifest.encryption) {
      if (!settings.passphrase) throw new SyncError('needs-passphrase', 'The backups in this folder are encrypted.');
      store.setKeys(await keysFor(settings.passphrase, read.manifest.encryption));
    }
    const text = await store.readBackup(file);
    if (text === undefined) throw new SyncError('not-found', 'That backup is no longer on the server.');
    return text;
  }

  private async run(trigger: SyncTrigger): Promise<SyncStatus> {
    const settings = await loadSyncSettings();
    const before = await loadSyncStatus();
    if (!settings.enabled) return before;
    if (before.paused && trigger !== 'user') return before;
    this.changesWhileRunning = 0;
    await saveSyncStatus({ ...before, state: 'syncing', progress: { done: 0, total: 0 } });
    let lastProgress = 0;
    try {
      await this.checkReachable(settings);
      const report = await syncLibrary({
        db: this.deps.db,
        dav: this.client(settings),
        folder: folderUrlOf(settings),
        device: await this.deviceId(),
        passphrase: settings.passphrase || undefined,
        conflictLabel: this.deps.conflictLabel,
        siteRules: { load: loadSiteRules, save: saveSiteRules },
        readingPlaces: {
          load: loadReadingPositions,
          mergeIn: async (places) => {
            this.placesTakenIn = places;
            await mergeIntoReadingPositions(places);
          },
        },
        backups: settings.backups ? BACKUP_POLICY : undefined,
        preferences: { load: loadPreferences },
        onProgress: (done, total) => {
          const now = Date.now();
          if (now - lastProgress < PROGRESS_EVERY_MS && done < total) return;
          lastProgress = now;
          void loadSyncStatus().then((s) =>
            s.state === 'syncing' ? saveSyncStatus({ ...s, progress: { done, total } }) : undefined,
          );
        },
      });
      if (report.pulled) this.deps.onPulled();
      const moved = report.pushed + report.pulled > 0 || Boolean(report.backup);
      const status: SyncStatus = {
        state: 'idle',
        lastSyncAt: Date.now(),
        pending: this.changesWhileRunning + report.deferred,
        // A follow-up that found nothing, or a sync for the reading places alone, leaves the status
        // saying what the sync before it moved.
        last:
          (trigger === 'follow-up' || trigger === 'reading') && !moved && before.last
            ? before.last
            : { pushed: report.pushed, pulled: report.pulled, ...(report.backup ? { backup: report.backup } : {}) },
      };
      await saveSyncStatus(status);
      if (report.pushed > 0 && trigger !== 'follow-up') this.scheduleFollowUp();
      return status;
    } catch (error) {
      const failure = asSyncError(error);
      const status: SyncStatus = {
        ...(await loadSyncStatus()),
        state: 'error',
        progress: undefined,
        lastError: { ...describe(failure), at: Date.now() },
        paused: PAUSING.includes(failure.kind),
      };
      await saveSyncStatus(status);
      return status;
    }
  }

  private scheduleFollowUp(): void {
    const delay = this.deps.followUpMs ?? FOLLOW_UP_MS + Math.random() * FOLLOW_UP_SPREAD_MS;
    if (delay === false) return;
    clearTimeout(this.followUp);
    this.followUp = setTimeout(() => void this.syncNow('follow-up'), delay);
  }

  private deviceId(): Promise<DeviceId> {
    this.device ??= deviceId();
    return this.device;
  }

  private async countChange(): Promise<void> {
    const settings = await loadSyncSettings();
    if (!settings.enabled) return;
    if (this.running) this.changesWhileRunning++;
    const status = await loadSyncStatus();
    await saveSyncStatus({ ...status, pending: status.pending + 1 });
  }

  private async checkReachable(settings: SyncSettings): Promise<void> {
    if (!settings.serverUrl || !settings.user) {
      throw new SyncError('settings', 'Enter the server address and the user name.', undefined, 'missing-fields');
    }
    folderUrlOf(settings);
    if (!(await this.deps.hasPermission(serverPermissionOf(settings)))) {
      throw new SyncError(
        'settings',
        'Folio may not reach this server yet: press Save and allow it.',
        undefined,
        'no-permission',
      );
    }
  }

  private client(settings: SyncSettings): DavClient {
    return new DavClient({
      folder: folderUrlOf(settings),
      user: settings.user,
      password: settings.password,
      fetch: this.deps.fetcher,
    });
  }
}

function describe(error: SyncError): SyncFailure {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.status ? { status: error.status } : {}),
    ...(error.problem ? { problem: error.problem } : {}),
  };
}

function asSyncError(error: unknown): SyncError {
  if (isSyncError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  // IndexedDB full, or anything unforeseen: said in words, and nothing was written half-way.
  return new SyncError('server', message);
}
