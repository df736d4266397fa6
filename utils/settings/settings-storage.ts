import { storage } from 'wxt/utils/storage';
import { READER_SETTINGS_KEY } from '../protocol/storage-keys';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from './reader-settings';

/** Persisted in browser.storage.local (not Dexie): every context reads it, and it syncs live. */
const readerSettingsItem = storage.defineItem<ReaderSettings>(READER_SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadReaderSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettingsItem.getValue());
}

export async function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  await readerSettingsItem.setValue(normalizeSettings(settings));
}

/** Calls back whenever any tab or page changes the settings. */
export function watchReaderSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return readerSettingsItem.watch((value) => onChange(normalizeSettings(value)));
}
