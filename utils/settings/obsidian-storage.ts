import { storage } from 'wxt/utils/storage';
import { OBSIDIAN_SETTINGS_KEY } from '../protocol/storage-keys';
import { DEFAULT_OBSIDIAN_SETTINGS, normalizeObsidianSettings, type ObsidianSettings } from './obsidian-settings';

const obsidianSettingsItem = storage.defineItem<ObsidianSettings>(OBSIDIAN_SETTINGS_KEY, {
  fallback: DEFAULT_OBSIDIAN_SETTINGS,
});

export async function loadObsidianSettings(): Promise<ObsidianSettings> {
  return normalizeObsidianSettings(await obsidianSettingsItem.getValue());
}

export async function saveObsidianSettings(settings: ObsidianSettings): Promise<void> {
  await obsidianSettingsItem.setValue(normalizeObsidianSettings(settings));
}
