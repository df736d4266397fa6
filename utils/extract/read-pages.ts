import { extractArticle } from './extract-article';
import { mergePages, PAGE_LIMITS, type PagesStatus } from './merge-pages';
import { findNextPage } from './pagination';
import type { Article, SiteRule } from './types';

/** An essay's pages read so far, and where the next one is. */
export interface PagesRead {
  pages: Article[];
  urls: string[];
  bytes: number;
  next?: string;
  status: PagesStatus;
}

export interface PageFetcher {
  /** The page's HTML, decoded by its charset, and its size in bytes; throws with a reason. */
  fetchHtml(url: string): Promise<{ html: string; bytes: number }>;
  /** Parses HTML in an inert document (DOMParser: nothing in it runs or loads). */
  parse(html: string): Document;
  siteRules?: SiteRule[];
}

/** Where a read starts: the page the reader opened on, already extracted. */
export function firstPage(doc: Document, url: string, article: Article): PagesRead {
  const next = findNextPage(doc, url, new Set([url]))?.url;
  return {
    pages: [article],
    urls: [url],
    bytes: 0,
    ...(next ? { next } : {}),
    status: { loaded: 1, loading: Boolean(next) },
  };
}

/**
 * Reads the following pages one after another, each with the same extractor, until the last,
 * a cycle, a cap (20 pages, 10 MB: PAGE_LIMITS), or a page that fails, which is named with its
 * reason (the pages before it stay). Called again after a failure, it retries from that page.
 */
export async function readFollowingPages(read: PagesRead, fetcher: PageFetcher): Promise<PagesRead> {
  const status: PagesStatus = { loaded: read.pages.length };
  let next = read.next ?? read.status.failed?.url;
  const pages = [...read.pages];
  const urls = [...read.urls];
  let bytes = read.bytes;
  while (next) {
    if (pages.length >= PAGE_LIMITS.pages) {
      status.limit = 'pages';
      break;
    }
    if (bytes >= PAGE_LIMITS.bytes) {
      status.limit = 'bytes';
      break;
    }
    const url = next;
    let doc: Document;
    try {
      const page = await fetcher.fetchHtml(url);
      bytes += page.bytes;
      doc = fetcher.parse(page.html);
    } catch (error) {
      status.failed = { page: pages.length + 1, url, reason: (error as Error).message };
      break;
    }
    urls.push(url);
    const seen = new Set(urls);
    const nextPage = findNextPage(doc, url, seen)?.url;
    const result = extractArticle(doc, { url, siteRules: fetcher.siteRules, consumeDocument: true });
    if (!result.ok) {
      urls.pop();
      status.failed = { page: pages.length + 1, url, reason: result.reason };
      break;
    }
    // A site that ignores the page number serves the same page again: that is the end.
    if (pages.some((p) => p.textContent === result.article.textContent)) {
      urls.pop();
      break;
    }
    pages.push(result.article);
    next = nextPage;
  }
  status.loaded = pages.length;
  return { pages, urls, bytes, status };
}

/** The pages read, as one article (see mergePages). */
export function mergedArticle(read: PagesRead, doc: Document, pageLabel: (n: number) => string): Article {
  return mergePages(read.pages, doc, pageLabel);
}
