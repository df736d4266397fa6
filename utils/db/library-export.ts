import type { FolioDb } from './schema';
import type { ArticleRecord, ArticleSummary, HighlightRecord } from './types';

/** Every record, as a backup holds them. */
export async function exportAll(db: FolioDb): Promise<{ articles: ArticleRecord[]; highlights: HighlightRecord[] }> {
  return db.transaction('r', db.articles, db.highlights, async () => ({
    articles: await db.articles.toArray(),
    highlights: await db.highlights.toArray(),
  }));
}

/** Every article without its saved copy (only when it was saved), and every highlight. */
export async function listLibrary(db: FolioDb): Promise<{ articles: ArticleSummary[]; highlights: HighlightRecord[] }> {
  return db.transaction('r', db.articles, db.highlights, async () => {
    const articles: ArticleSummary[] = [];
    await db.articles.each(({ savedContent, ...article }) => {
      articles.push(savedContent ? { ...article, savedAt: savedContent.savedAt } : article);
    });
    return { articles, highlights: await db.highlights.toArray() };
  });
}
