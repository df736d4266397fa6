import { IMAGE_LIMITS } from '../offline/limits';
import type { FolioDb } from './schema';

/**
 * An article's picture kept for offline reading: the bytes as a Blob (IndexedDB keeps Blobs as
 * files of their own, outside the records), under the address the saved copy's <img> names.
 */
export interface KeptImageRecord {
  articleId: string;
  url: string;
  /** Sniffed from the bytes (offline/sniff-image.ts), never the server's word. */
  type: string;
  bytes: number;
  blob: Blob;
  keptAt: number;
}

/** An image's bytes on their way in, already sniffed. */
export interface ImageToKeep {
  url: string;
  type: string;
  bytes: Uint8Array;
}

export interface KeptImagesResult {
  kept: string[];
  /** Images refused here: over the article's cap. */
  full: string[];
}

/**
 * Stores images of one article, in order, while the article's images stay within
 * IMAGE_LIMITS.maxArticleBytes (an image stored again replaces its earlier copy in the count);
 * the ones past the cap are returned as `full`. One transaction: the count and the writes agree.
 */
export async function keepImages(
  db: FolioDb,
  articleId: string,
  images: ImageToKeep[],
  now = Date.now(),
): Promise<KeptImagesResult> {
  return db.transaction('rw', db.images, async () => {
    const existing = await db.images.where('articleId').equals(articleId).toArray();
    const incoming = new Set(images.map((i) => i.url));
    let used = existing.filter((e) => !incoming.has(e.url)).reduce((sum, e) => sum + e.bytes, 0);
    const records: KeptImageRecord[] = [];
    const full: string[] = [];
    for (const image of images) {
      if (used + image.bytes.length > IMAGE_LIMITS.maxArticleBytes) {
        full.push(image.url);
        continue;
      }
      used += image.bytes.length;
      records.push({
        articleId,
        url: image.url,
        type: image.type,
        bytes: image.bytes.length,
        blob: new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type }),
        keptAt: now,
      });
    }
    await db.images.bulkPut(records);
    return { kept: records.map((r) => r.url), full };
  });
}

/** The article's kept images. */
export function imagesOf(db: FolioDb, articleId: string): Promise<KeptImageRecord[]> {
  return db.images.where('articleId').equals(articleId).toArray();
}

/**
 * Removes the images of articles that are no longer in the library. Deleting an article leaves
 * its images for a while, so that Undo brings it back whole; the background sweeps them when it
 * starts.
 */
export async function deleteOrphanImages(db: FolioDb): Promise<number> {
  return db.transaction('rw', db.images, db.articles, async () => {
    const owners = [...new Set((await db.images.toCollection().primaryKeys()).map((key) => key[0]))];
    const present = await db.articles.bulkGet(owners);
    const gone = owners.filter((_, i) => !present[i]);
    if (!gone.length) return 0;
    return db.images.where('articleId').anyOf(gone).delete();
  });
}
