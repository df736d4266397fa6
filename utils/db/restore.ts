import type { Backup, RejectedItem } from '../backup';
import { putArticles } from './saved-copies';
import type { FolioDb } from './schema';
import type { ArticleRecord, HighlightRecord } from './types';

export interface RecordCounts {
  articles: number;
  highlights: number;
}

/** What a restore does, or did: shown before anything is written, and after. */
export interface RestoreSummary {
  /** Not in the library yet. */
  added: RecordCounts;
  /** In the library, and changed later in the backup: the backup's version replaces it. */
  updated: RecordCounts;
  /** In the library and as new or newer here: left as it is. */
  kept: RecordCounts;
  rejected: RejectedItem[];
}

interface Decisions {
  summary: RestoreSummary;
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
}

const counts = (): RecordCounts => ({ articles: 0, highlights: 0 });

/**
 * Merges a validated backup with the library, record by record: a record the library does not
 * have is added; one it has (an article by its normalized URL, else its id; a highlight by its
 * id) is replaced only when the backup's `updatedAt` is later, so an older backup never undoes
 * newer work. An article keeps its saved copy when the backup has none. An article whose id is
 * taken by another page's article comes in under a new id, never replacing that one.
 */
async function decide(db: FolioDb, backup: Backup, rejected: RejectedItem[], newId: () => string): Promise<Decisions> {
  const summary: RestoreSummary = { added: counts(), updated: counts(), kept: counts(), rejected: [...rejected] };
  const byUrl = new Map(
    (
      await db.articles
        .where('url')
        .anyOf(backup.articles.map((a) => a.url))
        .toArray()
    ).map((a) => [a.url, a]),
  );
  const byId = await db.articles.bulkGet(backup.articles.map((a) => a.id));
  const articles: ArticleRecord[] = [];
  /** Each backup article's id → the id and URL it has in the library after the restore. */
  const resolved = new Map<string, { id: string; url: string }>();
  backup.articles.forEach((article, i) => {
    const sameUrl = byUrl.get(article.url);
    const sameId = byId[i];
    if (sameUrl) {
      resolved.set(article.id, { id: sameUrl.id, url: sameUrl.url });
      if (article.updatedAt > sameUrl.updatedAt) {
        summary.updated.articles++;
        // Without a copy in the backup, the article keeps the one it has (see putArticles).
        articles.push({ ...article, id: sameUrl.id });
      } else summary.kept.articles++;
      return;
    }
    const id = sameId ? newId() : article.id;
    resolved.set(article.id, { id, url: article.url });
    summary.added.articles++;
    articles.push({ ...article, id });
  });

  const existing = await db.highlights.bulkGet(backup.highlights.map((h) => h.id));
  const highlights: HighlightRecord[] = [];
  backup.highlights.forEach((highlight, i) => {
    const article = resolved.get(highlight.articleId) as { id: string; url: string };
    const placed = { ...highlight, articleId: article.id, url: article.url };
    const current = existing[i];
    if (current && current.articleId !== article.id) {
      // The id is another article's highlight: this one comes in beside it.
      summary.added.highlights++;
      highlights.push({ ...placed, id: newId() });
    } else if (!current) {
      summary.added.highlights++;
      highlights.push(placed);
    } else if (highlight.updatedAt > current.updatedAt) {
      summary.updated.highlights++;
      highlights.push(placed);
    } else summary.kept.highlights++;
  });
  return { summary, articles, highlights };
}

/** What restoring `backup` would do, reading the library and writing nothing. */
export async function planRestore(db: FolioDb, backup: Backup, rejected: RejectedItem[] = []): Promise<RestoreSummary> {
  return db.transaction(
    'r',
    db.articles,
    db.highlights,
    async () => (await decide(db, backup, rejected, () => crypto.randomUUID())).summary,
  );
}

/**
 * Restores `backup` in one transaction: all of it or, on any failure (a full disk), none. The
 * decisions are made again inside it, so a change made since the preview is still respected.
 */
export async function applyRestore(
  db: FolioDb,
  backup: Backup,
  rejected: RejectedItem[] = [],
): Promise<RestoreSummary> {
  return db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    const { summary, articles, highlights } = await decide(db, backup, rejected, () => crypto.randomUUID());
    await putArticles(db, articles);
    await db.highlights.bulkPut(highlights);
    return summary;
  });
}
