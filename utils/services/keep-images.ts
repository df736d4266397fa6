import { mapLimited } from '../async/map-limited';
import { type ImageToKeep, keepImages } from '../db/images';
import type { FolioDb } from '../db/schema';
import { webUrlOf } from '../offline/article-images';
import { base64ToBytes } from '../offline/base64';
import { type FetchedImage, fetchImage, type NotKeptReason } from '../offline/fetch-image';
import { IMAGE_LIMITS } from '../offline/limits';
import { sniffImageType } from '../offline/sniff-image';

/** What became of each picture "Save article" tried to keep. */
export interface KeepImagesOutcome {
  kept: string[];
  notKept: { url: string; reason: NotKeptReason; status?: number }[];
}

/** How the background reaches other sites' images: only origins the user has allowed. */
export interface ImageAccess {
  hasPermission(origin: string): Promise<boolean>;
  fetcher: typeof fetch;
  /** Opens the Folio tab that asks for other sites' pictures of this article (allow-images.html). */
  openAllowPage?(articleId: string): Promise<void>;
}

/**
 * Images the reader frame sends (fetched by the content script from the page's own site, as
 * base64: Chrome's messages are JSON). Checked again here: an http(s) address, the size cap, and
 * raster bytes, whatever the sender says.
 */
export async function keepSentImages(
  db: FolioDb,
  articleId: string,
  sent: { url: string; base64: string }[],
): Promise<KeepImagesOutcome> {
  const fetched: FetchedImage[] = sent.slice(0, IMAGE_LIMITS.maxImages).map(({ url, base64 }) => {
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(String(base64));
    } catch {
      return { url, ok: false, reason: 'not-an-image' };
    }
    if (bytes.length > IMAGE_LIMITS.maxImageBytes) return { url, ok: false, reason: 'too-large' };
    const type = sniffImageType(bytes);
    return type ? { url, ok: true, bytes, type } : { url, ok: false, reason: 'not-an-image' };
  });
  return store(db, articleId, fetched);
}

/**
 * Images of other sites, fetched here (the background may read an origin the user allowed,
 * without the page's CORS), without cookies: a picture needs no login. An origin not allowed is
 * not asked at all.
 */
export async function fetchAndKeepImages(
  db: FolioDb,
  access: ImageAccess,
  articleId: string,
  urls: string[],
): Promise<KeepImagesOutcome> {
  const wanted = [...new Set(urls.map((u) => webUrlOf(String(u))).filter((u): u is string => Boolean(u)))].slice(
    0,
    IMAGE_LIMITS.maxImages,
  );
  const allowed = new Map<string, boolean>();
  for (const origin of new Set(wanted.map((u) => new URL(u).origin))) {
    allowed.set(origin, await access.hasPermission(origin).catch(() => false));
  }
  const fetched = await mapLimited(wanted, IMAGE_LIMITS.parallelFetches, (url) =>
    allowed.get(new URL(url).origin)
      ? fetchImage(url, { fetcher: access.fetcher, credentials: 'omit' })
      : Promise.resolve<FetchedImage>({ url, ok: false, reason: 'no-permission' }),
  );
  return store(db, articleId, fetched);
}

async function store(db: FolioDb, articleId: string, fetched: FetchedImage[]): Promise<KeepImagesOutcome> {
  if (!(await db.articles.get(articleId))) throw new Error('Save the article before keeping its images.');
  const good: ImageToKeep[] = [];
  const notKept: KeepImagesOutcome['notKept'] = [];
  for (const image of fetched) {
    const url = webUrlOf(image.url);
    if (!url) continue;
    if (image.ok) good.push({ url, type: image.type, bytes: image.bytes });
    else notKept.push({ url, reason: image.reason, ...(image.status ? { status: image.status } : {}) });
  }
  const { kept, full } = await keepImages(db, articleId, good);
  return { kept, notKept: [...notKept, ...full.map((url) => ({ url, reason: 'article-full' as const }))] };
}
