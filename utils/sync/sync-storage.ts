import { storage } from 'wxt/utils/storage';
import { SYNC_DEVICE_KEY, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY } from '../protocol/storage-keys';
import { DEFAULT_SYNC_SETTINGS, type SyncSettings } from './settings';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './status';

const settingsItem = storage.defineItem<SyncSettings>(SYNC_SETTINGS_KEY, { fallback: DEFAULT_SYNC_SETTINGS });
const statusItem = storage.defineItem<SyncStatus>(SYNC_STATUS_KEY, { fallback: INITIAL_SYNC_STATUS });
const deviceItem = storage.defineItem<string>(SYNC_DEVICE_KEY, { fallback: '' });

export async function loadSyncSettings(): Promise<SyncSettings> {
  return { ...DEFAULT_SYNC_SETTINGS, ...(await settingsItem.getValue()) };
}
export const saveSyncSettings = (settings: SyncSettings) => settingsItem.setValue(settings);

export async function loadSyncStatus(): Promise<SyncStatus> {
  return { ...INITIAL_SYNC_STATUS, ...(await statusItem.getValue()) };
}
export const saveSyncStatus = (status: SyncStatus) => statusItem.setValue(status);
export const watchSyncStatus = (onChange: (status: SyncStatus) => void) =>
  statusItem.watch((value) => onChange({ ...INITIAL_SYNC_STATUS, ...value }));

/** This profile's device id: random, made on first use. */
export async function deviceId(): Promise<string> {
  const existing = await deviceItem.getValue();
  if (existing) return existing;
  const made = `device-${crypto.randomUUID()}`;
  await deviceItem.setValue(made);
  return made;
}
