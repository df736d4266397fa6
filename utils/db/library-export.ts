import { allArticles } from './saved-copies';
import type { FolioDb } from './schema';
import type { ArticleRecord, ArticleSummary, HighlightRecord } from './types';

/** Every record, as a backup holds them (each article with its saved copy). */
export async function exportAll(db: FolioDb): Promise<{ articles: ArticleRecord[]; highlights: HighlightRecord[] }> {
  return db.transaction('r', db.articles, db.highlights, db.savedCopies, async () => ({
    articles: await allArticles(db),
    highlights: await db.highlights.toArray(),
  }));
}

/**
 * Every article (as the table keeps it: `savedAt`, never the saved copy) and every highlight,
 * for the library's list.
 */
export async function listLibrary(db: FolioDb): Promise<{ articles: ArticleSummary[]; highlights: HighlightRecord[] }> {
  return db.transaction('r', db.articles, db.highlights, async () => ({
    articles: await db.articles.toArray(),
    highlights: await db.highlights.toArray(),
  }));
}

/** The library's first screen: what it shows before the whole library (for search) has come. */
export interface LibraryFirstScreen {
  /** The most recently changed articles, newest first, without their saved copies. */
  articles: ArticleSummary[];
  /** Highlights per article, for those articles. */
  counts: Record<string, number>;
  /** How many articles there are in all. (Not highlights: counting 50,000 took IndexedDB 50–100 ms.) */
  totals: { articles: number };
}

/**
 * The newest `limit` articles from the updatedAt index, their highlight counts and the total:
 * a few small reads, so that the library paints at once however large it is.
 */
export async function libraryFirstScreen(db: FolioDb, limit: number): Promise<LibraryFirstScreen> {
  return db.transaction('r', db.articles, db.highlights, async () => {
    const articles: ArticleSummary[] = await db.articles.orderBy('updatedAt').reverse().limit(limit).toArray();
    // One index walk for all their highlights, keys only: no highlight is read whole.
    const counts: Record<string, number> = Object.fromEntries(articles.map((a) => [a.id, 0]));
    const owners = await db.highlights
      .where('articleId')
      .anyOf(articles.map((a) => a.id))
      .keys();
    for (const id of owners) counts[String(id)] = (counts[String(id)] ?? 0) + 1;
    return { articles, counts, totals: { articles: await db.articles.count() } };
  });
}
