import { surveyTree, type TreeSurvey } from './dom';
import { firstOf, normalizeIsoDate, type PageMetadata, readJsonLd, readMetaTags } from './metadata';
import { safeQueryAll } from './site-rules';
import { normalizeSpace } from './text';
import type { SiteRule } from './types';

/** The elements metadata is read from. */
const METADATA_TAGS = ['META', 'SCRIPT', 'H1', 'TIME', 'IMG'] as const;

/**
 * One walk of the page, before any step changes the copy: the elements metadata is read from, and
 * how deep the page goes (so that the deep-nesting step walks it only when it has work to do).
 */
export function surveyPage(doc: Document): TreeSurvey {
  return doc.documentElement ? surveyTree(doc.documentElement, METADATA_TAGS) : { byTag: new Map(), depth: 0 };
}

/** Metadata the page states outright, read from its survey. */
export function readPageMetadata(doc: Document, survey: TreeSurvey, rule: SiteRule | undefined): PageMetadata {
  const ofTag = (tag: (typeof METADATA_TAGS)[number]): Element[] => survey.byTag.get(tag) ?? [];
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
    ...logoName(ofTag('IMG')),
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

/** Whether an element or one of its two parents is named as a logo (class or id). */
function inLogo(el: Element): boolean {
  for (let a: Element | null = el, depth = 0; a && depth < 3; a = a.parentElement, depth++) {
    if (/logo/i.test(`${a.getAttribute('class') ?? ''} ${a.id}`)) return true;
  }
  return false;
}

/**
 * The logo's alt text, when it reads as a name (short, not "logo"). The page's images from the
 * survey, not a selector: `[class*="logo" i] img[alt]` cost jsdom 7 ms a page.
 */
function logoName(images: Element[]): { logoName?: string } {
  for (const img of images) {
    const alt = normalizeSpace(img.getAttribute('alt') ?? '');
    if (!alt || !inLogo(img)) continue;
    return alt.length <= 30 && !/logo|首页|home/i.test(alt) ? { logoName: alt } : {};
  }
  return {};
}
