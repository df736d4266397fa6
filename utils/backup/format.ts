import type { ArticleRecord, HighlightRecord } from '../db/types';
import type { SiteRule } from '../extract/types';
import type { BackupPreferences } from './preferences';

export const BACKUP_FORMAT = 'folio-backup';
export const BACKUP_VERSION = 1;

/** Everything Folio keeps, as one JSON document. Versioned: a later Folio can read older ones. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  /** The user's site rules ("Fix this page", the options page), when there are any. */
  siteRules?: SiteRule[];
  /** Saved articles' pictures (see db/images.ts), so that a restore elsewhere reads offline too. */
  images?: BackupImage[];
  /** Reading view and read-aloud settings, the Markdown template, sites, reading positions. */
  preferences?: BackupPreferences;
}

/** One kept picture in a backup: its bytes as base64 (JSON has no bytes). */
export interface BackupImage {
  articleId: string;
  url: string;
  type: string;
  data: string;
}

/** What a backup holds besides the articles and highlights; each part left out when empty. */
export interface BackupExtras {
  now?: Date;
  siteRules?: SiteRule[];
  images?: BackupImage[];
  preferences?: BackupPreferences;
}

export function buildBackup(
  articles: ArticleRecord[],
  highlights: HighlightRecord[],
  { now = new Date(), siteRules = [], images = [], preferences }: BackupExtras = {},
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    articles,
    highlights,
    ...(siteRules.length ? { siteRules } : {}),
    ...(images.length ? { images } : {}),
    ...(preferences && Object.keys(preferences).length ? { preferences } : {}),
  };
}

/**
 * Highlights as W3C Web Annotations (JSON-LD), for tools that speak that standard (Hypothesis
 * and others): one AnnotationCollection, each highlight an Annotation with its selectors.
 */
export function toWebAnnotations(articles: ArticleRecord[], highlights: HighlightRecord[]) {
  const urlOf = new Map(articles.map((a) => [a.id, a.url]));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Folio highlights',
    total: highlights.length,
    first: {
      type: 'AnnotationPage',
      items: highlights.map((h) => ({
        id: `urn:uuid:${h.id}`,
        type: 'Annotation',
        motivation: h.note ? 'commenting' : 'highlighting',
        created: new Date(h.createdAt).toISOString(),
        modified: new Date(h.updatedAt).toISOString(),
        ...(h.note || h.tags.length
          ? {
              body: [
                ...(h.note
                  ? [{ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' }]
                  : []),
                ...h.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
              ],
            }
          : {}),
        target: { source: urlOf.get(h.articleId) ?? h.url, selector: h.target.selector },
        'folio:color': h.color,
      })),
    },
  };
}
