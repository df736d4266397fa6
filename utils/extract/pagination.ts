import { normalizeSpace } from './text';

/**
 * An essay split over several pages (共3页 第1页 上一页 1 2 3 下一页, rel="next", x_2.html,
 * ?page=2): where its next page is. Only the page's own pager counts: a "next page" link or
 * rel=next, a numbered pager (the number after the current one), or a <select> of pages; never
 * 下一篇 / "next article", never a page already read, never another site. A pager that works
 * only through JavaScript gives nothing (and no error).
 */

/** Words of a link to the next page of the same article. */
const NEXT_PAGE_TEXT = /^(?:下一页|下页|下一頁|后一页|後一頁|next(?: page)?|next ›|next »|›|»|>|>>|→)$/i;
/** A pager's container, by class or id. */
const PAGER_NAME = /page|pager|pagination|fenye|pages|paging|nav-links/i;
/** The page number in a URL: x_2.html, x-2.html, ?page=2 (p, pn, pg), /page/2/, /2/. */
const PAGE_IN_URL = /(?:[_-](\d{1,3})\.s?html?$|[?&](?:page|p|pn|pg|paged)=(\d{1,3})(?:&|$)|\/page\/(\d{1,3})\/?$)/i;

export interface NextPage {
  url: string;
  /** How it was found, for the report. */
  by: 'rel-next' | 'next-link' | 'numbered-pager' | 'select-pager';
}

/** The next page of the article at `pageUrl`, or undefined. `seen` holds pages already read. */
export function findNextPage(
  doc: Document,
  pageUrl: string,
  seen: ReadonlySet<string> = new Set(),
): NextPage | undefined {
  let here: URL;
  try {
    here = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const accept = (href: string | null | undefined): string | undefined => {
    if (!href || /^\s*(?:javascript:|#)/i.test(href)) return undefined;
    let url: URL;
    try {
      url = new URL(href, here);
    } catch {
      return undefined;
    }
    url.hash = '';
    const key = url.href;
    if (url.origin !== here.origin || key === withoutHash(here) || seen.has(key)) return undefined;
    return key;
  };

  const relNext = doc.querySelector('link[rel~="next" i][href], a[rel~="next" i][href]');
  const byRel = accept(relNext?.getAttribute('href'));
  if (byRel) return { url: byRel, by: 'rel-next' };

  const anchors = [...doc.querySelectorAll('a[href]')];
  const inPager = (a: Element) => Boolean(pagerOf(a));
  // A "下一页" link: in a pager, or anywhere when it leads to a page of the same article.
  for (const a of anchors) {
    const text = normalizeSpace(a.textContent ?? '');
    if (!NEXT_PAGE_TEXT.test(text) && !NEXT_PAGE_TEXT.test(normalizeSpace(a.getAttribute('aria-label') ?? '')))
      continue;
    const url = accept(a.getAttribute('href'));
    if (url && (inPager(a) || samePageSeries(here, new URL(url)))) return { url, by: 'next-link' };
  }

  // A pager of numbers only: the link whose number follows the current page's.
  const current = currentPageNumber(doc, here);
  for (const a of anchors) {
    if (normalizeSpace(a.textContent ?? '') !== String(current + 1)) continue;
    const url = accept(a.getAttribute('href'));
    if (url && (inPager(a) || samePageSeries(here, new URL(url)))) return { url, by: 'numbered-pager' };
  }

  // A <select> of pages (第1页, 第2页…): the option after the selected one.
  for (const select of doc.querySelectorAll('select')) {
    const options = [...select.querySelectorAll('option')];
    if (options.length < 2 || !options.every((o) => /\d/.test(o.textContent ?? ''))) continue;
    const at = options.findIndex((o) => o.hasAttribute('selected') || accept(o.getAttribute('value')) === undefined);
    const url = accept(options[at + 1]?.getAttribute('value'));
    if (at >= 0 && url && samePageSeries(here, new URL(url))) return { url, by: 'select-pager' };
  }
  return undefined;
}

const withoutHash = (url: URL) => url.href.slice(0, url.href.length - url.hash.length);

function pagerOf(el: Element): Element | undefined {
  for (let a: Element | null = el.parentElement, depth = 0; a && depth < 4; a = a.parentElement, depth++) {
    if (PAGER_NAME.test(`${a.getAttribute('class') ?? ''} ${a.id}`)) return a;
  }
  return undefined;
}

/** The page number the URL says (1 when it says none). */
export function pageNumberOf(url: URL): number {
  const match = PAGE_IN_URL.exec(url.pathname + url.search);
  const n = Number(match?.[1] ?? match?.[2] ?? match?.[3]);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Which page this is: by its URL, or the pager's unlinked number (第2页, <span class=current>2</span>). */
function currentPageNumber(doc: Document, here: URL): number {
  const byUrl = pageNumberOf(here);
  if (byUrl > 1) return byUrl;
  for (const el of doc.querySelectorAll(
    '.current, .active, .on, .thisclass, .curr, [aria-current="page"], b, strong, span',
  )) {
    const text = normalizeSpace(el.textContent ?? '');
    if (/^\d{1,3}$/.test(text) && !el.closest('a') && pagerOf(el)) return Number(text);
  }
  return 1;
}

/**
 * Two URLs of one article's pages: the same path once the page number is taken out
 * (x.html ~ x_2.html, /a?page=2 ~ /a, /post/ ~ /post/page/2/).
 */
export function samePageSeries(a: URL, b: URL): boolean {
  const stem = (u: URL) =>
    `${u.origin}${(u.pathname + u.search)
      .replace(PAGE_IN_URL, '')
      .replace(/\.s?html?$/i, '')
      .replace(/[?&/]$/, '')}`;
  return stem(a) === stem(b);
}
