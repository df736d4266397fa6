import type { BackupPreferences, CurrentPreferences } from '../backup/preferences';
import { loadReadingPositions, mergeIntoReadingPositions } from '../reading-position/reading-position';
import { addAlwaysOpenSites, loadAlwaysOpenSites } from './always-open-storage';
import { loadListenSettings, saveListenSettings } from './listen-storage';
import { loadObsidianSettings, saveObsidianSettings } from './obsidian-storage';
import { loadReaderSettings, saveReaderSettings } from './settings-storage';
import { loadMarkdownTemplate, saveMarkdownTemplate } from './template-storage';

/** This browser's preferences, for a backup (never the sync settings: they hold a password). */
export async function loadPreferences(): Promise<CurrentPreferences> {
  const [reader, listen, markdownTemplate, obsidian, alwaysOpenSites, readingPositions] = await Promise.all([
    loadReaderSettings(),
    loadListenSettings(),
    loadMarkdownTemplate(),
    loadObsidianSettings(),
    loadAlwaysOpenSites(),
    loadReadingPositions(),
  ]);
  return { reader, listen, markdownTemplate, obsidian, alwaysOpenSites, readingPositions };
}

/** What the user chose in a restore's preview. */
export interface PreferencesChoice {
  /** Replace the reading view, read-aloud, template and Obsidian settings with the file's. */
  settings: boolean;
  /** Sites (granted by the browser already) where the reader opens by itself again. */
  sites: string[];
}

/**
 * Writes a restored file's preferences: the settings only when chosen, the sites that were
 * granted, and every reading position merged (the newer of the two for each page: nothing lost).
 */
export async function restorePreferences(file: BackupPreferences, choice: PreferencesChoice): Promise<void> {
  if (choice.settings) {
    if (file.reader) await saveReaderSettings(file.reader);
    if (file.listen) await saveListenSettings(file.listen);
    if (file.markdownTemplate !== undefined) await saveMarkdownTemplate(file.markdownTemplate);
    if (file.obsidian) await saveObsidianSettings(file.obsidian);
  }
  if (choice.sites.length) await addAlwaysOpenSites(choice.sites);
  if (file.readingPositions) {
    await mergeIntoReadingPositions(file.readingPositions);
  }
}
