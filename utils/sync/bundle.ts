import type { StoredArticle } from '../db/schema';
import type { HighlightRecord } from '../db/types';
import type { SiteRule } from '../extract/types';

/**
 * What sync keeps on the server: one file per article, holding the article's metadata and its
 * highlights (a highlight is never without its article, and a library has far fewer articles
 * than highlights: 2,000 files rather than 50,000), and one file for the site rules. Each record
 * carries its id, `updatedAt` and the device that wrote it. Pure data, no browser API.
 */

/** A device's id: random, made once per browser profile (settings.ts). */
export type DeviceId = string;

export type SyncedArticle = StoredArticle & { device?: DeviceId };
export type SyncedHighlight = HighlightRecord & { device?: DeviceId };

/** A deleted record: kept on the server for TOMBSTONE_DAYS so that every device deletes it too. */
export interface Tombstone {
  id: string;
  deletedAt: number;
  device?: DeviceId;
}

export const TOMBSTONE_DAYS = 90;
export const TOMBSTONE_MS = TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;

export interface ArticleBundle {
  kind: 'article';
  /** The article's id. */
  id: string;
  /** The bundle's version: see versionOf. */
  v: string;
  /** Absent once the article is deleted: the bundle is then its tombstone. */
  article?: SyncedArticle;
  deletedAt?: number;
  deletedBy?: DeviceId;
  highlights: SyncedHighlight[];
  /** Highlights deleted from the (still present) article. */
  removed: Tombstone[];
}

export const SITE_RULES_ID = 'folio:site-rules';

export interface SiteRulesBundle {
  kind: 'site-rules';
  id: typeof SITE_RULES_ID;
  v: string;
  rules: SiteRule[];
  /** When and by which device the rules were last written to the server. */
  updatedAt?: number;
  device?: DeviceId;
}

export type Bundle = ArticleBundle | SiteRulesBundle;

/** The version a device that has deleted (or never had) an article gives it. */
export const ABSENT = 'absent';

/**
 * A short fingerprint of an article and its highlights, from what every change moves: the
 * article's updatedAt and savedAt, how many highlights, their newest and the sum of their
 * updatedAt. Cheap enough to take of 50,000 highlights on every sync; a change, a deletion or an
 * addition changes it, and putting back exactly what was there gives the same one.
 */
export function versionOf(article: StoredArticle | undefined, highlights: readonly HighlightRecord[]): string {
  if (!article) return ABSENT;
  let newest = 0;
  let sum = 0;
  for (const h of highlights) {
    newest = Math.max(newest, h.updatedAt);
    sum = (sum + (h.updatedAt % 1_000_000_007)) % 1_000_000_007;
  }
  return `a${article.updatedAt}.${article.savedAt ?? 0}.${highlights.length}.${newest}.${sum}`;
}

export function siteRulesVersion(rules: readonly SiteRule[]): string {
  return `r${hashText(JSON.stringify(rules))}`;
}

/** The version a tombstone bundle has on the server (a device without the article says ABSENT). */
export function tombstoneVersion(deletedAt: number): string {
  return `x${deletedAt}`;
}

/** The version to compare with a device's own: a tombstone counts as absent. */
export function presenceVersion(bundle: Bundle | undefined): string {
  if (!bundle) return ABSENT;
  if (bundle.kind === 'article' && !bundle.article) return ABSENT;
  return bundle.v;
}

/** FNV-1a, 32 bits, as hex: a fingerprint, not a security measure. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
