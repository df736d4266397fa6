import { normalizeUrl } from './normalize-url';
import { getArticles, join, putArticles } from './saved-copies';
import type { FolioDb, StoredArticle } from './schema';
import type { ArticleInput, ArticleRecord, HighlightRecord } from './types';

/** Injected so that tests can fix ids and time. */
export interface Clock {
  now(): number;
  uuid(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  uuid: () => crypto.randomUUID(),
};

/**
 * Records that the user read this article: creates it, or refreshes its metadata while keeping
 * its id, tags, saved content and creation time. Returns the stored record.
 */
export async function upsertArticle(
  db: FolioDb,
  input: ArticleInput,
  clock: Clock = systemClock,
): Promise<ArticleRecord> {
  const url = normalizeUrl(input.url);
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('url').equals(url).first();
    const now = clock.now();
    const record: StoredArticle = existing
      ? { ...existing, ...definedOnly(input), url, updatedAt: now }
      : { tags: [], ...definedOnly(input), title: input.title, id: clock.uuid(), url, createdAt: now, updatedAt: now };
    await db.articles.put(record);
    // Its saved copy, if any, stays where it is: the record handed back is the metadata only.
    return join(record, undefined);
  });
}

/** Stores the cleaned article for offline reading and full export; creates it if needed. */
export async function saveArticleContent(
  db: FolioDb,
  input: ArticleInput & { html: string; text: string },
  clock: Clock = systemClock,
): Promise<ArticleRecord> {
  const { html, text, ...metadata } = input;
  return db.transaction('rw', db.articles, db.savedCopies, async () => {
    const record = await upsertArticle(db, metadata, clock);
    const saved: ArticleRecord = { ...record, savedContent: { html, text, savedAt: clock.now() } };
    await putArticles(db, [saved]);
    return saved;
  });
}

export async function getArticleById(db: FolioDb, id: string): Promise<ArticleRecord | undefined> {
  return (await getArticles(db, [id]))[0];
}

export async function getArticleByUrl(db: FolioDb, url: string): Promise<ArticleRecord | undefined> {
  const stored = await db.articles.where('url').equals(normalizeUrl(url)).first();
  return stored ? join(stored, await db.savedCopies.get(stored.id)) : undefined;
}

export function listHighlightsForUrl(db: FolioDb, url: string): Promise<HighlightRecord[]> {
  return db.highlights.where('url').equals(normalizeUrl(url)).sortBy('createdAt');
}

export function listHighlightsForArticle(db: FolioDb, articleId: string): Promise<HighlightRecord[]> {
  return db.highlights.where('articleId').equals(articleId).toArray();
}

export async function countHighlightsForUrl(db: FolioDb, url: string): Promise<number> {
  return db.highlights.where('url').equals(normalizeUrl(url)).count();
}

/** Dexie's put would store `undefined` fields as present-but-undefined; leave them out instead. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
