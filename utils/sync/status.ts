import type { SettingsProblem, SyncErrorKind } from './errors';

/** A sync failure as pages see it: its kind (said in the UI's language), and details. */
export interface SyncFailure {
  kind: SyncErrorKind;
  /** The engine's English text, for logs and reports; the UI says the kind in words instead. */
  message: string;
  status?: number;
  problem?: SettingsProblem;
}

/** What the options page and the popup show of sync (storage.local, watched live). */
export interface SyncStatus {
  state: 'off' | 'idle' | 'syncing' | 'error';
  lastSyncAt?: number;
  /** Changes made here since the last sync finished. */
  pending: number;
  progress?: { done: number; total: number };
  lastError?: SyncFailure & { at: number };
  /** After 401/403 (or a passphrase refused): no automatic sync until the settings change. */
  paused?: boolean;
  last?: { pushed: number; pulled: number; backup?: string };
}

export const INITIAL_SYNC_STATUS: SyncStatus = { state: 'off', pending: 0 };

/** "Test connection"'s answer. */
export interface SyncTestResult {
  ok: boolean;
  /** Reached, but the folder is not there yet (the first sync makes it). */
  folderMissing?: boolean;
  error?: SyncFailure;
  message: string;
}
