import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { SyncBaseRecord, SyncStateRecord } from '../sync/local-state';
import type { KeptImageRecord } from './images';
import type { ArticleRecord, HighlightRecord, SavedContent } from './types';

export const DATABASE_NAME = 'folio';

/**
 * An article as the `articles` table keeps it: its saved copy (megabytes of HTML and text) lives
 * in `savedCopies`, so that listing the library never reads it; `savedAt` says there is one.
 * Above this layer an article is an ArticleRecord, its copy joined in (see saved-copies.ts).
 */
export type StoredArticle = Omit<ArticleRecord, 'savedContent'> & { savedAt?: number };

/** One article's saved copy, by the article's id. */
export interface SavedCopy extends SavedContent {
  articleId: string;
}

/**
 * The Dexie database. The background opens it; the library page too, for backups, restore and
 * import, and the saved article page to read its pictures (see utils/pages/library-db.ts).
 */
export type FolioDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  highlights: EntityTable<HighlightRecord, 'id'>;
  savedCopies: EntityTable<SavedCopy, 'articleId'>;
  images: Table<KeptImageRecord, [string, string]>;
  syncBase: EntityTable<SyncBaseRecord, 'fileName'>;
  syncState: Table<SyncStateRecord, string>;
};

/**
 * Opens (lazily) Folio's database. `options` lets unit tests pass fake-indexeddb.
 *
 * Every schema change is a new `db.version(n)` with an upgrade function, and a test that opens a
 * database of the old version with data and finds all of it after the upgrade
 * (tests/unit/db-upgrade.test.ts).
 */
export function createFolioDb(name = DATABASE_NAME, options?: DexieOptions): FolioDb {
  const db = new Dexie(name, options) as FolioDb;
  db.version(1).stores({
    // &url: one article per normalized URL. *tags: multiEntry, so a tag query is an index lookup.
    articles: 'id, &url, *tags, createdAt, updatedAt, siteName',
    highlights: 'id, articleId, url, *tags, color, createdAt, updatedAt',
  });
  // 2: saved copies move to a table of their own; each article keeps `savedAt`.
  db.version(2)
    .stores({ savedCopies: 'articleId' })
    .upgrade(async (tx) => {
      const articles = tx.table<ArticleRecord & { savedAt?: number }, string>('articles');
      const saved = await articles.filter((a) => Boolean(a.savedContent)).toArray();
      await tx
        .table<SavedCopy, string>('savedCopies')
        .bulkPut(saved.map((a) => ({ articleId: a.id, ...(a.savedContent as SavedContent) })));
      await articles.toCollection().modify((article) => {
        if (!article.savedContent) return;
        article.savedAt = article.savedContent.savedAt;
        delete (article as Partial<ArticleRecord>).savedContent;
      });
    });
  // 3: an article's pictures kept for offline reading, one record per image (see images.ts).
  db.version(3).stores({ images: '[articleId+url], articleId' });
  // 4: sync (utils/sync): each record as of the last sync, and the server's index as last read.
  // Records themselves are unchanged: they had ids and updatedAt from version 1.
  db.version(4).stores({ syncBase: 'fileName, id', syncState: 'key' });
  return db;
}
