import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { ArticleRecord, HighlightRecord } from './types';

export const DATABASE_NAME = 'folio';

/** The Dexie database. Only the background service worker opens it (see design.md). */
export type FolioDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  highlights: EntityTable<HighlightRecord, 'id'>;
};

/**
 * Opens (lazily) Folio's database. `options` lets unit tests pass fake-indexeddb.
 *
 * Every schema change is a new `db.version(n)` with an upgrade function, and a test that opens a
 * database of the old version with data and finds all of it after the upgrade.
 */
export function createFolioDb(name = DATABASE_NAME, options?: DexieOptions): FolioDb {
  const db = new Dexie(name, options) as FolioDb;
  db.version(1).stores({
    // &url: one article per normalized URL. *tags: multiEntry, so a tag query is an index lookup.
    articles: 'id, &url, *tags, createdAt, updatedAt, siteName',
    highlights: 'id, articleId, url, *tags, color, createdAt, updatedAt',
  });
  return db;
}
