import { duplicateKey, newHighlights, quoteOf } from '../import/preview';
import type { ImportBatch } from '../import/types';
import { quoteOf as highlightQuote } from './highlight-quote';
import { normalizeUrl } from './normalize-url';
import { putArticles } from './saved-copies';
import type { FolioDb } from './schema';
import type { ArticleRecord, HighlightRecord } from './types';

/** What an import added, so that Undo can take exactly that away again, in one step. */
export interface ImportedRecords {
  articleIds: string[];
  highlightIds: string[];
}

/** The duplicate keys of the highlights the library already has on the batch's pages. */
export async function existingQuotes(db: FolioDb, batch: ImportBatch): Promise<Set<string>> {
  const urls = [...new Set(batch.sources.map((s) => normalizeUrl(s.url)))];
  const stored = await db.highlights.where('url').anyOf(urls).toArray();
  return new Set(stored.map((h) => duplicateKey(h.url, highlightQuote(h))));
}

/** A source's saved copy, made before the write (sanitizing is the slow part of an import). */
export type PreparedCopies = Map<string, { html: string; text: string }>;

/** Sources made into saved copies between two progress reports (and two paints). */
const COPIES_PER_SLICE = 25;

/**
 * Makes the batch's saved copies (`saved`: sanitize and read the text; the caller has the DOM),
 * in slices that yield to the page in between and report how many sources are done: a 1,000-
 * article export shows its progress instead of freezing the library. Nothing is written here.
 */
export async function prepareCopies(
  batch: ImportBatch,
  saved: (html: string) => { html: string; text: string } | undefined,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<PreparedCopies> {
  const copies: PreparedCopies = new Map();
  const total = batch.sources.length;
  for (let i = 0; i < total; i++) {
    const source = batch.sources[i] as ImportBatch['sources'][number];
    const copy = source.html ? saved(source.html) : undefined;
    if (copy) copies.set(source.key, copy);
    if ((i + 1) % COPIES_PER_SLICE === 0 && i + 1 < total) {
      onProgress(i + 1, total);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  onProgress(total, total);
  return copies;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writes an import in one transaction: all of it, or nothing. A source whose page the library
 * already has adds its highlights to that article (its title and saved copy stay as they are);
 * highlights already there are not added twice. `copies` are the sources' saved copies, made
 * beforehand by prepareCopies.
 */
export async function applyImport(
  db: FolioDb,
  batch: ImportBatch,
  copies: PreparedCopies,
  now = Date.now(),
): Promise<ImportedRecords> {
  return db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    const added: ImportedRecords = { articleIds: [], highlightIds: [] };
    const existing = await existingQuotes(db, batch);
    const resolved = new Map<string, { id: string; url: string }>();
    for (const source of batch.sources) {
      const url = normalizeUrl(source.url);
      const known = resolved.get(url) ?? (await db.articles.where('url').equals(url).first());
      if (known) {
        resolved.set(source.key, { id: known.id, url });
        resolved.set(url, { id: known.id, url });
        continue;
      }
      const copy = copies.get(source.key);
      const article: ArticleRecord = {
        id: crypto.randomUUID(),
        url,
        title: source.title,
        ...(source.author ? { byline: source.author } : {}),
        tags: source.tags,
        ...(copy ? { savedContent: { ...copy, savedAt: source.createdAt ?? now } } : {}),
        createdAt: source.createdAt ?? now,
        updatedAt: now,
      };
      await putArticles(db, [article]);
      added.articleIds.push(article.id);
      resolved.set(source.key, { id: article.id, url });
      resolved.set(url, { id: article.id, url });
    }
    const records: HighlightRecord[] = [];
    for (const h of newHighlights(batch, existing)) {
      const article = resolved.get(h.sourceKey) as { id: string; url: string };
      const id = h.id && UUID.test(h.id) && !(await db.highlights.get(h.id)) ? h.id : crypto.randomUUID();
      records.push({
        id,
        articleId: article.id,
        url: article.url,
        target: {
          selector: h.selector.length
            ? h.selector
            : [{ type: 'TextQuoteSelector', exact: quoteOf(h), prefix: '', suffix: '' }],
        },
        color: h.color,
        note: h.note,
        tags: h.tags,
        createdAt: h.createdAt ?? now,
        updatedAt: h.updatedAt ?? h.createdAt ?? now,
      });
    }
    await db.highlights.bulkAdd(records);
    added.highlightIds = records.map((r) => r.id);
    return added;
  });
}

/** Undo of an import: what it added goes, in one transaction; nothing else is touched. */
export async function undoImport(db: FolioDb, added: ImportedRecords): Promise<void> {
  await db.transaction('rw', db.articles, db.highlights, db.savedCopies, async () => {
    await db.highlights.bulkDelete(added.highlightIds);
    await db.articles.bulkDelete(added.articleIds);
    await db.savedCopies.bulkDelete(added.articleIds);
  });
}
