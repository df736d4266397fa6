import { elementsByTag } from './dom';
import { firstOf, normalizeIsoDate, type PageMetadata, readJsonLd, readMetaTags } from './metadata';
import { safeQueryAll } from './site-rules';
import { normalizeSpace } from './text';
import type { SiteRule } from './types';

/** The elements metadata is read from, collected in one walk of the page. */
const METADATA_TAGS = ['META', 'SCRIPT', 'H1', 'TIME'] as const;

/** Metadata the page states outright, read before any step changes the copy. */
export function readPageMetadata(doc: Document, rule: SiteRule | undefined): PageMetadata {
  const byTag = doc.documentElement ? elementsByTag(doc.documentElement, METADATA_TAGS) : new Map();
  const ofTag = (tag: (typeof METADATA_TAGS)[number]): Element[] => byTag.get(tag) ?? [];
  const jsonLd = readJsonLd(ofTag('SCRIPT'));
  const tags = readMetaTags(ofTag('META'));
  const pick = (selector: string | undefined) =>
    selector ? normalizeSpace(safeQueryAll(doc, selector)[0]?.textContent ?? '') || undefined : undefined;
  const h1s = ofTag('H1')
    .map((h) => normalizeSpace(h.textContent ?? ''))
    .filter(Boolean);
  const timeEl = ofTag('TIME').find(
    (t) =>
      t.hasAttribute('datetime') &&
      (t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished' || t.closest('article')),
  );
  const publishedTime =
    normalizeIsoDate(pick(rule?.date)) ??
    normalizeIsoDate(
      firstOf(tags, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date'),
    ) ??
    normalizeIsoDate(jsonLd.datePublished) ??
    normalizeIsoDate(timeEl?.getAttribute('datetime') ?? undefined);
  const byline = pick(rule?.byline) ?? firstOf(tags, 'author', 'article:author', 'dc.creator') ?? jsonLd.author;
  const siteName = firstOf(tags, 'og:site_name', 'application-name') ?? jsonLd.publisher;
  const excerpt = firstOf(tags, 'description', 'og:description');
  const lang = normalizeLang(doc.documentElement?.getAttribute('lang'));
  const ogTitle = firstOf(tags, 'og:title', 'twitter:title');
  return {
    title: pick(rule?.title) ?? (h1s.length === 1 ? h1s[0] : undefined),
    docTitle: normalizeSpace(doc.title ?? ''),
    ...(ogTitle ? { ogTitle } : {}),
    ...(jsonLd.headline ? { jsonLdHeadline: jsonLd.headline } : {}),
    ...(lang ? { lang } : {}),
    ...(doc.documentElement?.getAttribute('dir') === 'rtl' ? { dir: 'rtl' as const } : {}),
    ...(byline && !/^https?:/.test(byline) ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publishedTime ? { publishedTime } : {}),
    ...(excerpt ? { excerpt } : {}),
    ...(tags.get('og:image') ? { leadImage: tags.get('og:image') } : {}),
    breadcrumb: [],
  };
}

function normalizeLang(lang: string | null | undefined): string | undefined {
  const value = lang?.trim();
  return value ? value.replace('_', '-') : undefined;
}
