/** Where "Send to Obsidian" puts a note. Pure. */
export interface ObsidianSettings {
  /** The vault's name as Obsidian shows it; empty: the vault Obsidian has open. */
  vault: string;
  /** A folder inside the vault ("Folio", "Reading/Articles"); empty: the vault's top. */
  folder: string;
  /** The note holds the article's text below the highlights (else the highlights and notes only). */
  includeArticle: boolean;
}

export const DEFAULT_OBSIDIAN_SETTINGS: ObsidianSettings = { vault: '', folder: 'Folio', includeArticle: true };

const MAX_NAME = 200;

/** Whatever was stored (an older version, a hand edit, a backup): valid settings. */
export function normalizeObsidianSettings(stored: unknown): ObsidianSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ObsidianSettings, unknown>>;
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' ? value.trim().slice(0, MAX_NAME) : fallback;
  return {
    vault: text(s.vault, DEFAULT_OBSIDIAN_SETTINGS.vault),
    folder: text(s.folder, DEFAULT_OBSIDIAN_SETTINGS.folder),
    includeArticle: typeof s.includeArticle === 'boolean' ? s.includeArticle : DEFAULT_OBSIDIAN_SETTINGS.includeArticle,
  };
}
