import type { Backup, RejectedItem } from '../backup';
import { base64ToBytes } from '../offline/base64';
import { type ImageToKeep, keepImages } from './images';
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
  /** Saved articles' pictures the library did not have. */
  images: number;
  rejected: RejectedItem[];
}

interface Decisions {
  summary: RestoreSummary;
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  /** Pictures to add, by the id their article has in the library. */
  images: Map<string, { url: string; type: string; data: string }[]>;
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
  const summary: RestoreSummary = {
    added: counts(),
    updated: counts(),
    kept: counts(),
    images: 0,
    rejected: [...rejected],
  };
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
  // Pictures the library lacks, under their article's id here (the library's copy wins: the
  // same address is the same picture).
  const images = new Map<string, { url: string; type: string; data: string }[]>();
  const wanted = (backup.images ?? []).flatMap((image) => {
    const article = resolved.get(image.articleId);
    return article ? [{ ...image, articleId: article.id }] : [];
  });
  const present = await db.images.bulkGet(wanted.map((image) => [image.articleId, image.url] as [string, string]));
  wanted.forEach((image, i) => {
    if (present[i]) return;
    summary.images++;
    images.set(image.articleId, [...(images.get(image.articleId) ?? []), image]);
  });
  return { summary, articles, highlights, images };
}

/** What restoring `backup` would do, reading the library and writing nothing. */
export async function planRestore(db: FolioDb, backup: Backup, rejected: RejectedItem[] = []): Promise<RestoreSummary> {
  return db.transaction(
    'r',
    db.articles,
    db.highlights,
    db.images,
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
  return db.transaction('rw', db.articles, db.highlights, db.savedCopies, db.images, async () => {
    const { summary, articles, highlights, images } = await decide(db, backup, rejected, () => crypto.randomUUID());
    await putArticles(db, articles);
    await db.highlights.bulkPut(highlights);
    for (const [articleId, list] of images) {
      const decoded: ImageToKeep[] = list.map((i) => ({ url: i.url, type: i.type, bytes: base64ToBytes(i.data) }));
      // Within the article's cap, as when saved (a file edited by hand could hold more).
      const { full } = await keepImages(db, articleId, decoded);
      summary.images -= full.length;
    }
    return summary;
  });
}
