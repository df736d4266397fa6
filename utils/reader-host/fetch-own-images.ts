import { mapLimited } from '../async/map-limited';
import { type FetchedImage, fetchImage } from '../offline/fetch-image';
import { IMAGE_LIMITS } from '../offline/limits';

/**
 * The pictures at these addresses that belong to the page's own site (same origin), fetched
 * with the page's cookies as the page itself loads them; all of them together within the
 * article's cap. Other addresses come back refused ('no-permission'), not fetched.
 */
export async function fetchOwnSiteImages(urls: string[], pageUrl: string): Promise<FetchedImage[]> {
  const origin = new URL(pageUrl).origin;
  let budget: number = IMAGE_LIMITS.maxArticleBytes;
  const wanted = urls.slice(0, IMAGE_LIMITS.maxImages).map(String);
  return mapLimited(wanted, IMAGE_LIMITS.parallelFetches, async (url): Promise<FetchedImage> => {
    let own = false;
    try {
      own = new URL(url).origin === origin;
    } catch {}
    if (!own) return { url, ok: false, reason: 'no-permission' };
    if (budget <= 0) return { url, ok: false, reason: 'article-full' };
    const image = await fetchImage(url, { fetcher: fetch, credentials: 'same-origin' });
    if (image.ok) budget -= image.bytes.length;
    return image;
  });
}
