import type { FolioDb, SavedCopy, StoredArticle } from './schema';
import type { ArticleRecord } from './types';

/**
 * The one place that knows an article's saved copy is kept apart (see StoredArticle): it splits
 * an ArticleRecord on the way in and joins it on the way out.
 */

/** The article as the table keeps it, and its copy (if it has one). */
export function split(article: ArticleRecord): { stored: StoredArticle; copy?: SavedCopy } {
  const { savedContent, ...rest } = article;
  if (!savedContent) return { stored: rest };
  return { stored: { ...rest, savedAt: savedContent.savedAt }, copy: { articleId: article.id, ...savedContent } };
}

/** The article with its copy joined in (and without the table's `savedAt`). */
export function join(stored: StoredArticle, copy: SavedCopy | undefined): ArticleRecord {
  const { savedAt: _savedAt, ...article } = stored;
  if (!copy) return article;
  const { articleId: _id, ...savedContent } = copy;
  return { ...article, savedContent };
}

/**
 * Writes articles with their copies. An article given without a copy keeps the one it has
 * (metadata changes never drop a saved copy); `dropCopies` removes them for those ids instead.
 */
export async function putArticles(db: FolioDb, articles: ArticleRecord[]): Promise<void> {
  const parts = articles.map(split);
  const keep = await db.savedCopies.bulkGet(parts.filter((p) => !p.copy).map((p) => p.stored.id));
  const keptAt = new Map(keep.filter((c): c is SavedCopy => Boolean(c)).map((c) => [c.articleId, c.savedAt]));
  await db.articles.bulkPut(
    parts.map((p) =>
      p.copy || !keptAt.has(p.stored.id) ? p.stored : { ...p.stored, savedAt: keptAt.get(p.stored.id) },
    ),
  );
  const copies = parts.flatMap((p) => (p.copy ? [p.copy] : []));
  if (copies.length) await db.savedCopies.bulkPut(copies);
}

/** Articles with their copies, by id (undefined where there is none). */
export async function getArticles(db: FolioDb, ids: string[]): Promise<(ArticleRecord | undefined)[]> {
  const [stored, copies] = await Promise.all([db.articles.bulkGet(ids), db.savedCopies.bulkGet(ids)]);
  return stored.map((s, i) => (s ? join(s, copies[i]) : undefined));
}

/** Every article with its copy. */
export async function allArticles(db: FolioDb): Promise<ArticleRecord[]> {
  const [stored, copies] = await Promise.all([db.articles.toArray(), db.savedCopies.toArray()]);
  const byId = new Map(copies.map((c) => [c.articleId, c]));
  return stored.map((s) => join(s, byId.get(s.id)));
}
