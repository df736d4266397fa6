import { webUrlOf } from '../offline/article-images';
import {
  MAX_POSITION_URL_LENGTH,
  MAX_POSITIONS_READ,
  mergeReadingPositions,
  type ReadingPosition,
  readingPositionsFrom,
} from '../reading-position/positions';
import { DEFAULT_LISTEN_SETTINGS, type ListenSettings, normalizeListenSettings } from '../settings/listen-settings';
import {
  DEFAULT_OBSIDIAN_SETTINGS,
  normalizeObsidianSettings,
  type ObsidianSettings,
} from '../settings/obsidian-settings';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '../settings/reader-settings';
import { isObject } from './is-object';

/**
 * What the user set up besides the library, carried in a backup so that a new computer (or a
 * reinstalled Folio) reads as the old one did. The sync server's password and passphrase are
 * never among them.
 */
export interface BackupPreferences {
  reader?: ReaderSettings;
  listen?: ListenSettings;
  /** The Markdown export template; absent or empty: the default layout. */
  markdownTemplate?: string;
  /** Where "Send to Obsidian" puts a note. */
  obsidian?: ObsidianSettings;
  /** Origins where the reader opens by itself ("https://example.com"). */
  alwaysOpenSites?: string[];
  /** Where the reader stopped on each page, by normalized URL. */
  readingPositions?: Record<string, ReadingPosition>;
}

/** The settings a restore replaces as a whole (the sites and the positions are merged). */
export const REPLACEABLE_SETTINGS = ['reader', 'listen', 'markdownTemplate', 'obsidian'] as const;
export type ReplaceableSetting = (typeof REPLACEABLE_SETTINGS)[number];

/** This browser's preferences, every one present (defaults where the user set nothing). */
export type CurrentPreferences = Required<BackupPreferences>;

export const PREFERENCE_LIMITS = {
  template: 100_000,
  sites: 1_000,
  positions: MAX_POSITIONS_READ,
  urlLength: MAX_POSITION_URL_LENGTH,
};

/** A preference left out of a restore, and why (joins the file's other left-out records). */
export interface RejectedPreference {
  item: string;
  reason: string;
}

/**
 * A backup's preferences rebuilt from their known fields: settings normalized as the settings
 * pages store them, sites kept when they are a web origin, positions when their page is a web
 * address. A part of the wrong type is left out, with the reason.
 */
export function checkPreferences(data: unknown, rejected: RejectedPreference[]): BackupPreferences {
  if (data === undefined) return {};
  if (!isObject(data)) {
    rejected.push({ item: 'Preferences', reason: '"preferences" must be an object.' });
    return {};
  }
  const out: BackupPreferences = {};
  if (data.reader !== undefined) {
    if (isObject(data.reader)) out.reader = normalizeSettings(data.reader);
    else rejected.push({ item: 'Reading view settings', reason: 'they must be an object.' });
  }
  if (data.listen !== undefined) {
    if (isObject(data.listen)) out.listen = normalizeListenSettings(data.listen);
    else rejected.push({ item: 'Read aloud settings', reason: 'they must be an object.' });
  }
  if (data.markdownTemplate !== undefined) {
    if (typeof data.markdownTemplate === 'string' && data.markdownTemplate.length <= PREFERENCE_LIMITS.template)
      out.markdownTemplate = data.markdownTemplate;
    else rejected.push({ item: 'Markdown template', reason: 'it must be text of at most 100,000 characters.' });
  }
  if (data.obsidian !== undefined) {
    if (isObject(data.obsidian)) out.obsidian = normalizeObsidianSettings(data.obsidian);
    else rejected.push({ item: 'Obsidian settings', reason: 'they must be an object.' });
  }
  if (data.alwaysOpenSites !== undefined) {
    const sites = Array.isArray(data.alwaysOpenSites) ? data.alwaysOpenSites.map(webOrigin) : undefined;
    if (sites && sites.length <= PREFERENCE_LIMITS.sites && sites.every(Boolean))
      out.alwaysOpenSites = [...new Set(sites as string[])];
    else rejected.push({ item: 'Sites where the reader opens by itself', reason: 'they must be a list of web sites.' });
  }
  if (data.readingPositions !== undefined) {
    const positions = readingPositionsFrom(data.readingPositions);
    if (positions) out.readingPositions = positions;
    else rejected.push({ item: 'Reading positions', reason: 'they must map web addresses to positions.' });
  }
  return out;
}

/** "https://example.com" from a string that is exactly a web origin; else undefined. */
function webOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  // A web address (webUrlOf, as the backup's pictures are checked) whose origin is all of it.
  const href = webUrlOf(value);
  return href && new URL(href).origin === value ? value : undefined;
}

/** What restoring a file's preferences would do here. */
export interface PreferencesPlan {
  /** Settings in the file that differ from this browser's. */
  differing: ReplaceableSetting[];
  /** Those of them the user changed here: replacing them loses what they set. */
  setHere: ReplaceableSetting[];
  /** Sites in the file where the reader does not open by itself here. */
  newSites: string[];
  /** Pages whose reading position in the file is newer than this browser's. */
  newerPositions: number;
}

export { mergeReadingPositions };

export function planPreferences(file: BackupPreferences, here: CurrentPreferences): PreferencesPlan {
  const defaults: Record<ReplaceableSetting, unknown> = {
    reader: DEFAULT_SETTINGS,
    listen: DEFAULT_LISTEN_SETTINGS,
    markdownTemplate: '',
    obsidian: DEFAULT_OBSIDIAN_SETTINGS,
  };
  const differing = REPLACEABLE_SETTINGS.filter((key) => file[key] !== undefined && !sameValue(file[key], here[key]));
  const positions = file.readingPositions ?? {};
  return {
    differing,
    setHere: differing.filter((key) => !sameValue(here[key], defaults[key])),
    newSites: (file.alwaysOpenSites ?? []).filter((site) => !here.alwaysOpenSites.includes(site)),
    // Counted in what the merge keeps: past the newest 500 pages, an old page's place is dropped.
    newerPositions: Object.entries(mergeReadingPositions(here.readingPositions, positions)).filter(
      ([url, position]) => position !== here.readingPositions[url],
    ).length,
  };
}

/** Settings compared by value, keys in any order (a stored object may list them differently). */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (!isObject(value)) return JSON.stringify(value) ?? 'undefined';
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
}
