import { storage } from 'wxt/utils/storage';
import { LISTEN_SETTINGS_KEY } from '../protocol/storage-keys';
import { DEFAULT_LISTEN_SETTINGS, type ListenSettings, normalizeListenSettings } from './listen-settings';

/** In browser.storage.local, beside the reader's settings: every reader reads it. */
const listenSettingsItem = storage.defineItem<ListenSettings>(LISTEN_SETTINGS_KEY, {
  fallback: DEFAULT_LISTEN_SETTINGS,
});

export async function loadListenSettings(): Promise<ListenSettings> {
  return normalizeListenSettings(await listenSettingsItem.getValue());
}

export async function saveListenSettings(settings: ListenSettings): Promise<void> {
  await listenSettingsItem.setValue(normalizeListenSettings(settings));
}
