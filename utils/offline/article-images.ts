import { IMAGE_LIMITS } from './limits';

/**
 * The pictures of an article that "Save article" keeps: each <img>'s own http(s) address, once,
 * in reading order, at most IMAGE_LIMITS.maxImages. (`data:` images are in the HTML already; the
 * extractor has put lazy-loading addresses in `src`, see extract/resolve-urls.ts.)
 */
export function imageUrlsOf(root: ParentNode, limit: number = IMAGE_LIMITS.maxImages): string[] {
  const urls = new Set<string>();
  for (const img of root.querySelectorAll('img')) {
    const url = webUrlOf(img.getAttribute('src'));
    if (url) urls.add(url);
    if (urls.size >= limit) break;
  }
  return [...urls];
}

/** An absolute http(s) address, without its fragment; undefined for anything else. */
export function webUrlOf(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The image addresses grouped as the page's own (same origin) and each other site's. */
export function byOrigin(urls: string[], pageUrl: string): { own: string[]; others: Map<string, string[]> } {
  const pageOrigin = new URL(pageUrl).origin;
  const own: string[] = [];
  const others = new Map<string, string[]>();
  for (const url of urls) {
    const origin = new URL(url).origin;
    if (origin === pageOrigin) own.push(url);
    else others.set(origin, [...(others.get(origin) ?? []), url]);
  }
  return { own, others };
}

/**
 * The host permission that covers a site's pictures: its scheme and host, any port. (Firefox
 * does not count `http://host/*` as covering `http://host:8080/*` when asked with the port.)
 */
export function sitePermissionOf(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
