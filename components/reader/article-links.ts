import { decodeUriOrAsWritten } from '../../utils/decode-uri';
import { pageId } from '../../utils/extract/page-ids';

/** A link of the article's that a click (or a link's Enter key) landed in: an `<a>`, or an image map's `<area>`. */
export function clickedLink(
  target: EventTarget | null,
  content: HTMLElement,
): HTMLAnchorElement | HTMLAreaElement | undefined {
  const link = (target as Element | null)?.closest?.('a[href], area[href]');
  const isLink = link instanceof HTMLAnchorElement || link instanceof HTMLAreaElement;
  return isLink && content.contains(link) ? link : undefined;
}

/**
 * What a click on a link in the article does. The reader is a frame (or the offline page): a link
 * followed in place would load the site inside Folio's frame. So a link to a passage of the same
 * article (its own table of contents) scrolls the reader there, and any other opens in a new tab.
 * Returns the element to scroll to, or undefined when the browser should follow the link.
 */
export function articleLinkTarget(
  link: HTMLAnchorElement | HTMLAreaElement,
  content: HTMLElement,
  pageUrl: string | undefined,
): HTMLElement | undefined {
  const href = link.getAttribute('href') ?? '';
  const url = safeUrl(href, pageUrl);
  const hash = url?.hash.slice(1);
  if (url && hash && pageUrl && sameDocument(url, pageUrl)) {
    // The sanitizer prefixed the article's ids; its links say them as the page wrote them.
    const target = content.ownerDocument.getElementById(pageId(decodeUriOrAsWritten(hash)));
    if (target && content.contains(target)) return target;
  }
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return undefined;
}

function safeUrl(href: string, base: string | undefined): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

function sameDocument(url: URL, pageUrl: string): boolean {
  const page = safeUrl(pageUrl, undefined);
  return Boolean(page && page.origin === url.origin && page.pathname === url.pathname && page.search === url.search);
}
