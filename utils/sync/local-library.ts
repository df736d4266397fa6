import type { FolioDb, StoredArticle } from '../db/schema';
import type { HighlightRecord, SavedContent } from '../db/types';
import { type ArticleBundle, type SyncedArticle, type SyncedHighlight, versionOf } from './bundle';
import type { LocalArticle } from './merge';

/**
 * This device's library as sync sees it, and the writes that bring a merged bundle home. Dexie
 * only (no browser API): the engine's unit tests run it on fake-indexeddb.
 */

/** Every article with its highlights, by article id. */
export async function readLocalLibrary(db: FolioDb): Promise<Map<string, LocalArticle>> {
  return db.transaction('r', db.articles, db.highlights, async () => {
    const library = new Map<string, LocalArticle>();
    for (const article of await db.articles.toArray()) library.set(article.id, { article, highlights: [] });
    for (const highlight of await db.highlights.toArray()) {
      library.get(highlight.articleId)?.highlights.push(highlight);
    }
    return library;
  });
}

export type ApplyOutcome =
  /** Written. */
  | 'applied'
  /** The article changed on this device while sync ran: left for the next round to merge. */
  | 'changed-meanwhile'
  /** Another local article has the same URL: merged into one of the two (see mergeSameUrl). */
  | 'merged-duplicate';

/**
 * Writes the merged bundle over what `expected` was, in one transaction, unless the article
 * changed meanwhile. `copy` is the saved copy fetched from the server when the merged article
 * has a newer one; without it the article keeps the copy (and savedAt) it has here.
 */
export async function applyBundle(
  db: FolioDb,
  merged: ArticleBundle,
  expected: LocalArticle,
  copy: SavedContent | undefined,
): Promise<ApplyOutcome> {
  return db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    const current = await db.articles.get(merged.id);
    const currentHighlights = await db.highlights.where('articleId').equals(merged.id).toArray();
    if (versionOf(current, currentHighlights) !== versionOf(expected.article, expected.highlights)) {
      return 'changed-meanwhile';
    }
    if (!merged.article) {
      await db.highlights.where('articleId').equals(merged.id).delete();
      await db.articles.delete(merged.id);
      await db.savedCopies.delete(merged.id);
      return 'applied';
    }
    const sameUrl = await db.articles.where('url').equals(merged.article.url).first();
    if (sameUrl && sameUrl.id !== merged.id) {
      await mergeSameUrl(db, merged, sameUrl);
      return 'merged-duplicate';
    }
    const article: StoredArticle = withoutDevice(merged.article);
    if (copy) {
      await db.savedCopies.put({ articleId: merged.id, ...copy });
      article.savedAt = copy.savedAt;
    } else if (current?.savedAt) article.savedAt = current.savedAt;
    else delete article.savedAt;
    await db.articles.put(article);
    const keep = new Set(merged.highlights.map((h) => h.id));
    const gone = currentHighlights.filter((h) => !keep.has(h.id)).map((h) => h.id);
    if (gone.length) await db.highlights.bulkDelete(gone);
    const changed = merged.highlights.filter((h) => {
      const mine = currentHighlights.find((c) => c.id === h.id);
      return !mine || JSON.stringify(mine) !== JSON.stringify(withoutDevice(h));
    });
    if (changed.length) await db.highlights.bulkPut(changed.map(withoutDevice));
    return 'applied';
  });
}

/**
 * Two devices saved the same page before they synced: two articles, one URL (which the library
 * keeps unique). Both devices keep the one with the smaller id, with the highlights and tags of
 * both; the other disappears, and its bundle's next sync becomes a tombstone. Each device
 * decides the same way, so they agree without talking.
 */
async function mergeSameUrl(db: FolioDb, incoming: ArticleBundle, local: StoredArticle): Promise<void> {
  const incomingArticle = incoming.article as SyncedArticle;
  const keepIncoming = incoming.id < local.id;
  const survivor: StoredArticle = keepIncoming ? withoutDevice(incomingArticle) : { ...local };
  survivor.tags = [...new Set([...local.tags, ...incomingArticle.tags])];
  survivor.updatedAt = Math.max(local.updatedAt, incomingArticle.updatedAt) + 1;
  const movedHere = (h: HighlightRecord): HighlightRecord => ({ ...withoutDevice(h), articleId: survivor.id });
  if (keepIncoming) {
    const localHighlights = await db.highlights.where('articleId').equals(local.id).toArray();
    const copy = await db.savedCopies.get(local.id);
    await db.highlights.where('articleId').equals(local.id).delete();
    await db.articles.delete(local.id);
    await db.savedCopies.delete(local.id);
    if (copy) {
      await db.savedCopies.put({ ...copy, articleId: survivor.id });
      survivor.savedAt = copy.savedAt;
    } else delete survivor.savedAt;
    await db.articles.put(survivor);
    await db.highlights.bulkPut([...incoming.highlights, ...localHighlights].map(movedHere));
  } else {
    await db.articles.put(survivor);
    await db.highlights.bulkPut(incoming.highlights.map(movedHere));
  }
}

function withoutDevice<T extends SyncedArticle | SyncedHighlight>(record: T): Omit<T, 'device'> {
  const { device: _device, ...rest } = record;
  return rest;
}
