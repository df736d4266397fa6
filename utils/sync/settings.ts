import { sitePermissionOf } from '../offline/article-images';
import { SyncError } from './errors';
import type { BackupPolicy } from './server-backups';

/**
 * The sync settings the user gives on the options page. The password and the passphrase stay in
 * this browser's storage.local: never in a backup, an export, a message to a page or a log.
 */
export interface SyncSettings {
  enabled: boolean;
  /** The WebDAV address, e.g. https://cloud.example.com/remote.php/dav/files/alice/ */
  serverUrl: string;
  user: string;
  /** An app password (Nextcloud, 坚果云 and Synology all issue them), not the account's. */
  password: string;
  /** A folder under the address; made when missing. */
  folder: string;
  /** End-to-end encryption when not empty. */
  passphrase: string;
  intervalMinutes: number;
  /** A weekly full backup in the same folder. */
  backups: boolean;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  enabled: false,
  serverUrl: '',
  user: '',
  password: '',
  folder: 'Folio',
  passphrase: '',
  intervalMinutes: 15,
  backups: true,
};

export const SYNC_INTERVALS = [5, 15, 30, 60] as const;
export const BACKUP_POLICY: BackupPolicy = { everyDays: 7, keep: 5 };

/** What the options page is shown: never the secrets themselves, only whether there are some. */
export type SyncSettingsView = Omit<SyncSettings, 'password' | 'passphrase'> & {
  hasPassword: boolean;
  hasPassphrase: boolean;
};

export function viewOf(settings: SyncSettings): SyncSettingsView {
  const { password, passphrase, ...rest } = settings;
  return { ...rest, hasPassword: Boolean(password), hasPassphrase: Boolean(passphrase) };
}

/** Settings as a caller sends them; an empty password or passphrase field keeps the saved one. */
export type SyncSettingsInput = Partial<SyncSettings> & { keepPassword?: boolean; keepPassphrase?: boolean };

export function normalizeSyncSettings(input: SyncSettingsInput, saved: SyncSettings): SyncSettings {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.trim() : fallback);
  const interval = Number(input.intervalMinutes);
  return {
    enabled: input.enabled === undefined ? saved.enabled : Boolean(input.enabled),
    serverUrl: text(input.serverUrl, saved.serverUrl),
    user: text(input.user, saved.user),
    password: input.keepPassword || input.password === undefined ? saved.password : String(input.password),
    folder: text(input.folder, saved.folder).split('/').filter(Boolean).join('/'),
    passphrase: input.keepPassphrase || input.passphrase === undefined ? saved.passphrase : String(input.passphrase),
    intervalMinutes: (SYNC_INTERVALS as readonly number[]).includes(interval) ? interval : saved.intervalMinutes,
    backups: input.backups === undefined ? saved.backups : Boolean(input.backups),
  };
}

/** The folder's URL (ending in "/"), or a `settings` error that says what to fix. */
export function folderUrlOf(settings: Pick<SyncSettings, 'serverUrl' | 'folder'>): string {
  let server: URL;
  try {
    server = new URL(settings.serverUrl);
  } catch {
    throw new SyncError('settings', 'The server address is not a web address (https://…).', undefined, 'bad-address');
  }
  if (server.protocol !== 'https:' && server.protocol !== 'http:') {
    throw new SyncError(
      'settings',
      'The server address must start with https:// (or http:// on your own network).',
      undefined,
      'bad-address',
    );
  }
  if (server.username || server.password) {
    throw new SyncError(
      'settings',
      'Put the user name and password in their own fields, not in the address.',
      undefined,
      'credentials-in-address',
    );
  }
  const base = server.href.endsWith('/') ? server.href : `${server.href}/`;
  const folder = settings.folder
    .split('/')
    .filter(Boolean)
    .map((part) => encodeURIComponent(part))
    .join('/');
  return folder ? `${base}${folder}/` : base;
}

/** The host permission sync needs: this server only (its scheme and host, as sitePermissionOf says why). */
export function serverPermissionOf(settings: Pick<SyncSettings, 'serverUrl'>): string {
  return sitePermissionOf(settings.serverUrl);
}
