import type { Clock } from './repository';
import { systemClock, upsertArticle } from './repository';
import { getArticles, putArticles } from './saved-copies';
import type { FolioDb } from './schema';
import type { ArticleInput, ArticleRecord, HighlightColor, HighlightRecord, HighlightTarget } from './types';

/** Longest passage one highlight may hold (characters); longer selections are refused. */
export const MAX_QUOTE_LENGTH = 20_000;
/** Longest note (characters). */
export const MAX_NOTE_LENGTH = 20_000;

export interface HighlightDraft {
  target: HighlightTarget;
  color: HighlightColor;
  note: string;
  tags: string[];
}

export type HighlightChanges = Partial<Pick<HighlightRecord, 'color' | 'note' | 'tags'>>;

/** Records the article (if new) and the highlight together: neither exists without the other. */
export async function createHighlight(
  db: FolioDb,
  article: ArticleInput,
  draft: HighlightDraft,
  clock: Clock = systemClock,
): Promise<HighlightRecord> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const stored = await upsertArticle(db, article, clock);
    const now = clock.now();
    const record: HighlightRecord = {
      ...draft,
      note: draft.note.slice(0, MAX_NOTE_LENGTH),
      id: clock.uuid(),
      articleId: stored.id,
      url: stored.url,
      createdAt: now,
      updatedAt: now,
    };
    await db.highlights.add(record);
    return record;
  });
}

export async function updateHighlight(
  db: FolioDb,
  id: string,
  changes: HighlightChanges,
  clock: Clock = systemClock,
): Promise<HighlightRecord | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) return undefined;
    const next: HighlightRecord = {
      ...current,
      ...changes,
      ...(changes.note === undefined ? {} : { note: changes.note.slice(0, MAX_NOTE_LENGTH) }),
      updatedAt: clock.now(),
    };
    await db.highlights.put(next);
    return next;
  });
}

/** Deletes and hands back the record, so the caller can offer "Undo" (restoreHighlight). */
export async function deleteHighlight(db: FolioDb, id: string): Promise<HighlightRecord | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (current) await db.highlights.delete(id);
    return current;
  });
}

/**
 * Undo of a delete. The record comes back as a change of now: had sync sent the delete to other
 * devices meanwhile, this later change wins over that tombstone (utils/sync/merge.ts).
 */
export async function restoreHighlight(
  db: FolioDb,
  record: HighlightRecord,
  clock: Clock = systemClock,
): Promise<void> {
  await db.highlights.put({ ...record, updatedAt: Math.max(record.updatedAt, clock.now()) });
}

/** Every tag in use, on highlights and articles, most used first: for autocomplete. */
export async function listTags(db: FolioDb): Promise<string[]> {
  const counts = new Map<string, number>();
  const count = (tag: string) => counts.set(tag, (counts.get(tag) ?? 0) + 1);
  await db.highlights.each((h) => h.tags.forEach(count));
  await db.articles.each((a) => a.tags.forEach(count));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/**
 * Renames a tag everywhere, or merges it into another that exists already, in one transaction:
 * every highlight and article that had `from` has `to` instead, once.
 */
export async function renameTag(db: FolioDb, from: string, to: string, clock: Clock = systemClock): Promise<number> {
  if (from === to) return 0;
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const now = clock.now();
    const swap = (tags: string[]) => [...new Set(tags.map((t) => (t === from ? to : t)))];
    let changed = 0;
    await db.highlights
      .where('tags')
      .equals(from)
      .modify((h) => {
        h.tags = swap(h.tags);
        h.updatedAt = now;
        changed++;
      });
    await db.articles
      .where('tags')
      .equals(from)
      .modify((a) => {
        a.tags = swap(a.tags);
        a.updatedAt = now;
        changed++;
      });
    return changed;
  });
}

/** An article and its highlights, as deleted: what "Undo" puts back. */
export interface DeletedArticle {
  article: ArticleRecord;
  highlights: HighlightRecord[];
}

export async function deleteArticle(db: FolioDb, id: string): Promise<DeletedArticle | undefined> {
  return db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    const [article] = await getArticles(db, [id]);
    if (!article) return undefined;
    const highlights = await db.highlights.where('articleId').equals(id).toArray();
    await db.highlights.where('articleId').equals(id).delete();
    await db.articles.delete(id);
    await db.savedCopies.delete(id);
    return { article, highlights };
  });
}

/** Undo of an article's delete: like restoreHighlight, a change of now, so it wins over a tombstone. */
export async function restoreArticle(db: FolioDb, deleted: DeletedArticle, clock: Clock = systemClock): Promise<void> {
  const now = clock.now();
  const later = <T extends { updatedAt: number }>(record: T): T => ({
    ...record,
    updatedAt: Math.max(record.updatedAt, now),
  });
  await db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    await putArticles(db, [later(deleted.article)]);
    await db.highlights.bulkPut(deleted.highlights.map(later));
  });
}

/** Replaces an article's own tags (already normalized by the caller, see tags.ts). */
export async function setArticleTags(
  db: FolioDb,
  id: string,
  tags: string[],
  clock: Clock = systemClock,
): Promise<void> {
  await db.articles.update(id, { tags, updatedAt: clock.now() });
}
