import type { Backup } from '../backup';
import type { FolioDb } from './schema';

export interface ImportSummary {
  articles: number;
  highlights: number;
}

/**
 * Writes a validated backup in one transaction: all of it or, on any failure (a full disk), none.
 * Records are put by id, so importing the same file twice creates no duplicates; an article whose
 * URL is already stored under another id is merged into that one, its highlights moved with it.
 */
export async function importBackup(db: FolioDb, backup: Backup): Promise<ImportSummary> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const idFor = new Map<string, string>();
    for (const article of backup.articles) {
      const existing = await db.articles.where('url').equals(article.url).first();
      const id = existing && existing.id !== article.id ? existing.id : article.id;
      idFor.set(article.id, id);
      await db.articles.put({
        ...article,
        id,
        tags: existing ? [...new Set([...existing.tags, ...article.tags])] : article.tags,
        savedContent: article.savedContent ?? existing?.savedContent,
      });
    }
    await db.highlights.bulkPut(
      backup.highlights.map((h) => ({ ...h, articleId: idFor.get(h.articleId) ?? h.articleId })),
    );
    return { articles: backup.articles.length, highlights: backup.highlights.length };
  });
}

export async function exportAll(db: FolioDb) {
  return db.transaction('r', db.articles, db.highlights, async () => ({
    articles: await db.articles.toArray(),
    highlights: await db.highlights.toArray(),
  }));
}
