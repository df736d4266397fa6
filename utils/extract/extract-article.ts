import { Readability } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import { cleanTitle, detectLanguage, normalizeIsoDate, type PageMetadata, readJsonLd, readMetaTag } from './metadata';
import { buildOutline } from './outline';
import { toPlainText } from './plain-text';
import { postClean } from './post-clean';
import { preClean } from './pre-clean';
import { readingTimeMinutes } from './reading-time';
import { RemovalReport } from './report';
import { absolutizeUrls, resolveLazyImages } from './resolve-urls';
import { sanitizeHtml } from './sanitize';
import { applySiteRule, findSiteRule, safeQueryAll } from './site-rules';
import { normalizeSpace, weightedLength } from './text';
import type { ExtractOptions, ExtractResult } from './types';

export const NO_ARTICLE = 'No article found on this page.';

/** Below this (weighted) length what Readability found is a fragment, not an article. */
const MIN_ARTICLE_LENGTH = 250;

/**
 * The one extractor: the reader, the library, the exporter and the CLI all call it.
 *
 * Works on a clone (the live page is never changed) in named steps: site rules → pre-clean →
 * Readability → post-clean → metadata → outline → sanitize. Never throws for a bad page: the
 * result says "no article found" instead.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const report = new RemovalReport(Boolean(options.debug));
  try {
    return run(doc, options, report);
  } catch (error) {
    return { ok: false, reason: `${NO_ARTICLE} (${(error as Error).message})`, removals: report.removals };
  }
}

function run(doc: Document, options: ExtractOptions, report: RemovalReport): ExtractResult {
  const failure = (reason = NO_ARTICLE): ExtractResult => ({ ok: false, reason, removals: report.removals });
  if (!doc.body || doc.querySelector('frameset')) return failure();
  const url = options.url ?? (doc.URL && !doc.URL.startsWith('about:') ? doc.URL : undefined);

  const rule = findSiteRule(options.siteRules, url);
  const meta = readPageMetadata(doc, rule);
  const work = doc.cloneNode(true) as Document;
  if (rule) applySiteRule(work, rule, report);
  const workBody = work.body as HTMLElement;
  resolveLazyImages(workBody);
  absolutizeUrls(workBody, url);
  preClean(work, meta, report);

  const parsed = new Readability(work, { charThreshold: 500 }).parse();
  if (!parsed?.content) return failure();

  const container = work.createElement('div');
  container.innerHTML = parsed.content;
  postClean(container, report);
  const title = cleanTitle({
    h1: meta.title,
    ogTitle: readMetaTag(doc, 'og:title', 'twitter:title'),
    jsonLdHeadline: readJsonLd(doc).headline,
    docTitle: normalizeSpace(doc.title ?? '') || parsed.title || undefined,
    siteNames: [meta.siteName, ...meta.breadcrumb].filter((s): s is string => Boolean(s)),
  });
  dropLeadingTitle(container, title, report);
  const textContent = toPlainText(container);
  if (weightedLength(textContent) < MIN_ARTICLE_LENGTH) return failure();

  const outline = buildOutline(container);
  const win = (doc.defaultView ?? (globalThis as { window?: unknown }).window) as WindowLike;
  const content = sanitizeHtml(container.innerHTML, win);
  const lang = normalizeLang(doc.documentElement?.getAttribute('lang')) ?? parsed.lang ?? detectLanguage(textContent);
  const byline = meta.byline ?? plausibleByline(parsed.byline);
  const siteName = meta.siteName ?? meta.breadcrumb[0] ?? (parsed.siteName || undefined);

  return {
    ok: true,
    removals: report.removals,
    article: {
      title: title || normalizeSpace(parsed.title ?? '') || textContent.slice(0, 60),
      ...(byline ? { byline } : {}),
      ...(siteName ? { siteName } : {}),
      ...(meta.publishedTime ? { publishedTime: meta.publishedTime } : {}),
      ...(lang ? { lang } : {}),
      dir: parsed.dir === 'rtl' || doc.documentElement?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
      excerpt: meta.excerpt ?? excerptOf(textContent),
      content,
      textContent,
      outline,
      readingTimeMinutes: readingTimeMinutes(textContent),
      ...(meta.leadImage || container.querySelector('img[src]')
        ? { leadImage: meta.leadImage ?? (container.querySelector('img[src]')?.getAttribute('src') as string) }
        : {}),
    },
  };
}

/** Metadata the page states outright, read before any step changes the copy. */
function readPageMetadata(doc: Document, rule: ReturnType<typeof findSiteRule>): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const pick = (selector: string | undefined) =>
    selector ? normalizeSpace(safeQueryAll(doc, selector)[0]?.textContent ?? '') || undefined : undefined;
  const h1s = [...doc.querySelectorAll('h1')].map((h) => normalizeSpace(h.textContent ?? '')).filter(Boolean);
  const timeEl = doc.querySelector('article time[datetime], time[datetime][pubdate], time[itemprop="datePublished"]');
  const publishedTime =
    normalizeIsoDate(pick(rule?.date)) ??
    normalizeIsoDate(
      readMetaTag(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date'),
    ) ??
    normalizeIsoDate(jsonLd.datePublished) ??
    normalizeIsoDate(timeEl?.getAttribute('datetime') ?? undefined);
  const byline = pick(rule?.byline) ?? readMetaTag(doc, 'author', 'article:author', 'dc.creator') ?? jsonLd.author;
  const siteName = readMetaTag(doc, 'og:site_name', 'application-name') ?? jsonLd.publisher;
  const excerpt = readMetaTag(doc, 'description', 'og:description');
  return {
    title: pick(rule?.title) ?? (h1s.length === 1 ? h1s[0] : undefined),
    ...(byline && !/^https?:/.test(byline) ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publishedTime ? { publishedTime } : {}),
    ...(excerpt ? { excerpt } : {}),
    ...(readMetaTag(doc, 'og:image') ? { leadImage: readMetaTag(doc, 'og:image') } : {}),
    breadcrumb: [],
  };
}

/** Readability often repeats the title as the content's first heading; the reader shows it once. */
function dropLeadingTitle(container: Element, title: string, report: RemovalReport): void {
  const first = container.querySelector('h1, h2, h3, p');
  if (first && /^H[1-3]$/.test(first.tagName) && normalizeSpace(first.textContent ?? '') === title) {
    report.remove('post-clean', 'title repeated in content', first);
  }
}

function plausibleByline(byline: string | null | undefined): string | undefined {
  const text = normalizeSpace(byline ?? '').replace(/^(?:by|作者[:：])\s*/i, '');
  return text && text.length <= 80 ? text : undefined;
}

function normalizeLang(lang: string | null | undefined): string | undefined {
  const value = lang?.trim();
  return value ? value.replace('_', '-') : undefined;
}

function excerptOf(text: string): string {
  const first = text.split('\n').find((line) => weightedLength(line) > 60) ?? text.split('\n')[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
