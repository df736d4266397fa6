import { authorOfBio } from './author-bio';
import { personBehindHandle } from './byline-handle';
import { dataLayerAuthor } from './data-layer';
import { surveyTree, type TreeSurvey } from './dom';
import { followedAuthor } from './followed-author';
import { findLeadPicture } from './lead-picture';
import {
  decodeEntities,
  firstOf,
  normalizeIsoDate,
  type PageMetadata,
  readJsonLd,
  readJsonLdObjects,
  readMetaTags,
  siteNameKey,
  splitTitle,
  titleAgreement,
  titleWords,
  withoutSeparatorsAround,
} from './metadata';
import { OLD_LAYOUT_TAGS } from './old-layouts';
import { oneLineText } from './plain-text';
import { recipeOfJsonLd } from './recipe-data';
import { recipeOfHeadings } from './recipe-headings';
import { recipeOfMicrodata } from './recipe-microdata';
import { safeQueryAll } from './site-rules';
import { findStandfirst } from './standfirst';
import { isStreamedSegment } from './streamed-html';
import { namesSomething, normalizeSpace } from './text';
import type { SiteRule } from './types';
import {
  authorPageLink,
  candidatesNear,
  creditLineOnPage,
  datedLineOnPage,
  readHeaderLines,
  readVisibleMetadata,
} from './visible-metadata';
import { parseWrittenDate } from './written-date';

/**
 * The elements the survey collects: those metadata is read from, and the old layout's tags (a
 * page without any is spared undoOldLayouts' walks for them).
 */
const SURVEYED_TAGS = ['META', 'SCRIPT', 'H1', 'H2', 'H3', 'H4', 'TIME', 'IMG', 'A', ...OLD_LAYOUT_TAGS] as const;

/**
 * One walk of the page, before any step changes the copy: the elements metadata is read from, the
 * microdata items (`itemtype`: a recipe's may be among them), and how deep the page goes (so that
 * the deep-nesting step walks it only when it has work to do).
 */
export function surveyPage(doc: Document): TreeSurvey {
  return doc.documentElement
    ? surveyTree(doc.documentElement, SURVEYED_TAGS, 'itemtype')
    : { byTag: new Map(), depth: 0, withAttribute: [] };
}

/** Metadata the page states outright, read from its survey. */
export function readPageMetadata(doc: Document, survey: TreeSurvey, rule: SiteRule | undefined): PageMetadata {
  const ofTag = (tag: (typeof SURVEYED_TAGS)[number]): Element[] => survey.byTag.get(tag) ?? [];
  const jsonLdObjects = readJsonLdObjects(ofTag('SCRIPT'));
  const jsonLd = readJsonLd(jsonLdObjects);
  const recipe =
    recipeOfJsonLd(jsonLdObjects) ??
    recipeOfMicrodata(survey.withAttribute) ??
    recipeOfHeadings([...ofTag('H2'), ...ofTag('H3'), ...ofTag('H4')]);
  const tags = readMetaTags(ofTag('META'));
  const pick = (selector: string | undefined) =>
    selector ? normalizeSpace(safeQueryAll(doc, selector)[0]?.textContent ?? '') || undefined : undefined;
  // Each <h1> with its text, read once. A hidden <h1> is no heading a reader sees: a login
  // prompt's "Share Your Thoughts!" shown only to a script's click (Jamie Oliver's pages), beside
  // the recipe's own.
  const headings = shownHeadings(ofTag('H1'));
  const h1s = headings.map((h) => h.text).filter((text) => text.length >= 2 && text.length <= 300);
  // (Their textContent, not their lines spaced as the <h1>s' are: only compared word for word
  // with the page's titles, and a page may have thousands.)
  const subheadings = [...ofTag('H2'), ...ofTag('H3'), ...ofTag('H4')]
    .filter((el) => !isHiddenBox(el))
    .map((el) => normalizeSpace(decodeEntities(el.textContent ?? '')))
    .filter((text) => text.length >= 2 && text.length <= 300);
  const timeEl = ofTag('TIME').find(
    (t) =>
      t.hasAttribute('datetime') &&
      (t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished' || t.closest('article')),
  );
  const ogTitle = firstOf(tags, 'og:title', 'twitter:title');
  const docTitle = normalizeSpace(decodeEntities(doc.title ?? ''));
  // The first source that names something: a template's og:site_name of "/" names nothing, and
  // the publisher in the page's data may ("Kaspersky").
  const givenSiteName = [tags.get('og:site_name'), tags.get('application-name'), jsonLd.publisher]
    .map((name) => readableSiteName(name, hostWithoutWww(doc.URL)))
    .find(Boolean);
  const namedSite = givenSiteName && asTitleWritesIt(givenSiteName, docTitle);
  const ruleTitle = pick(rule?.title);
  const titles = [jsonLd.headline, ogTitle, docTitle].filter(Boolean) as string[];
  const host = hostName(doc);
  // The article's titles in the page's data, unless one is only the site's name (og:title
  // "Robomow"): what the <title> adds to that is the article's title, not another site name.
  const articleTitles = [ogTitle, jsonLd.headline].filter(
    (title) => !namedSite || title?.toLowerCase() !== namedSite.toLowerCase(),
  );
  const siteName = sectionOrSite(namedSite, titleSiteParts(docTitle, articleTitles)[0], hostWithoutWww(doc.URL));
  const siteNames = [
    ...(siteName ? [siteName] : []),
    ...titleSiteParts(docTitle, articleTitles),
    ...besideArticleTitle(docTitle, articleTitles),
    ...host,
  ].map((n) => n.toLowerCase());
  const headline = markedHeadline([...ofTag('H1'), ...ofTag('H2'), ...ofTag('H3')], siteNames);
  const heading = ruleTitle ? { title: ruleTitle } : mainHeading(h1s, titles, siteNames);
  // The article's header is around its heading: the byline and date nearest to it are its own.
  // Without an <h1> chosen as the title, the heading the page marks as its headline does, or else
  // the first <h1> that is not the site's still marks where the article's header is: one with
  // words of the page's titles first ("Webcams" in "Webcams - Yosemite…", over the menu's "Open
  // Menu").
  const notSite = headings.filter((h) => h.text && !siteNames.includes(h.text.toLowerCase()));
  const headingElement = (
    (heading.title ? headings.find((h) => h.text === heading.title) : headline) ??
    notSite.find((h) => titleAgreement(h.text, titles) > 0) ??
    notSite[0]
  )?.el;
  const marked = readVisibleMetadata(candidatesNear(headingElement, doc), siteName);
  const lines = headingElement ? readHeaderLines(headingElement) : {};
  const visible = {
    // An element the page marks as the author's (itemprop, rel, class) over a name that is only
    // beside a picture, which may be another recipe's card ("VEAL FRANCAISE" over "FAKelco").
    byline: lines.bylineBesidePicture ? (marked.byline ?? lines.byline) : (lines.byline ?? marked.byline),
    publishedTime: lines.publishedTime ?? marked.publishedTime,
  };
  // Machine-readable, though not always ISO ("Feb 08, 2022" in a JSON-LD datePublished).
  const machine = (value: string | undefined) =>
    normalizeIsoDate(value) ?? (value ? parseWrittenDate(value) : undefined);
  const defined = (dates: (string | undefined)[]) => dates.filter((d): d is string => Boolean(d));
  // A <time> marked as the publication (pubdate, itemprop) says so; any other <time> in the
  // article may as well be its "Updated" line.
  const timeIsPublished = timeEl?.hasAttribute('pubdate') || timeEl?.getAttribute('itemprop') === 'datePublished';
  const timeDate = machine(timeEl?.getAttribute('datetime') ?? undefined);
  const published = defined([
    machine(
      firstOf(
        tags,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        // Google Scholar's tags, on papers' pages (arXiv, journals): "2025/12/18".
        'citation_publication_date',
        'citation_date',
        'citation_online_date',
      ),
    ),
    machine(jsonLd.datePublished),
    timeIsPublished ? timeDate : undefined,
    machine(otherPublishedTag(tags)),
  ]);
  const modified = defined([
    machine(firstOf(tags, 'article:modified_time', 'dateModified')),
    machine(jsonLd.dateModified),
  ]);
  const machineDates = [...published, ...defined([timeIsPublished ? undefined : timeDate]), ...modified];
  const sameDay = (a: string) => (b: string) => a.slice(0, 10) === b.slice(0, 10);
  // The date the page shows wins; a machine-readable date of the same day says it more precisely.
  // But a shown date that is the page's "Updated …" (the machine's modified date, not its
  // published one) gives way to the published date.
  const shown = visible.publishedTime;
  // (Measured on wcxb-dev: 14 dates right that were the update, 5 wrong that the annotators took
  // from an "Updated" line; requiring the published date to be shown as well lost more.)
  const shownIsUpdate =
    shown !== undefined && published.length > 0 && !published.some(sameDay(shown)) && modified.some(sameDay(shown));
  const publishedTime =
    normalizeIsoDate(pick(rule?.date)) ??
    (shown && !shownIsUpdate ? (machineDates.find(sameDay(shown)) ?? shown) : undefined) ??
    machineDates[0] ??
    datedLineOnPage(doc);
  // An address in the author tag (a Facebook page, article:author's profile URL) names no one.
  const metaAuthor = [firstOf(tags, 'author', 'article:author', 'dc.creator')].find((v) => v && !/^https?:/.test(v));
  // || rather than ??: an empty author ("" in JSON-LD or a meta tag) names no one either.
  // The publication listed among the authors is not one of them.
  const dataAuthors = [jsonLd.author, metaAuthor].map((list) =>
    withoutSiteName(withoutSiteName(list, siteName), jsonLd.publisher),
  );
  const credited =
    completedList(withoutSiteName(visible.byline, siteName), dataAuthors) ||
    writtenByLabel(tags) ||
    authorPageLink(ofTag('A')) ||
    creditLineOnPage(doc) ||
    authorOfBio(doc);
  const byline =
    pick(rule?.byline) ||
    personBehindHandle(credited, dataAuthors) ||
    // Last, the author the page's data gives when it is the site or its publisher ("Buzzsprout"
    // on Buzzsprout's blog): a person credited on the page comes first.
    jsonLd.author ||
    metaAuthor ||
    dataLayerAuthor(ofTag('SCRIPT')) ||
    followedAuthor(headingElement);
  const excerpt = firstOf(tags, 'description', 'og:description');
  const standfirst =
    headingElement &&
    findStandfirst(headingElement, [
      tags.get('description'),
      tags.get('og:description'),
      tags.get('twitter:description'),
    ]);
  const leadPicture =
    headingElement && findLeadPicture(headingElement, [tags.get('og:image'), tags.get('twitter:image')]);
  const lang = normalizeLang(doc.documentElement?.getAttribute('lang'));
  return {
    ...heading,
    ...(headline ? { markedHeadline: headline.text } : {}),
    ...(subheadings.length ? { subheadings } : {}),
    docTitle,
    ...(ogTitle ? { ogTitle } : {}),
    ...(jsonLd.headline ? { jsonLdHeadline: jsonLd.headline } : {}),
    ...(lang ? { lang } : {}),
    ...(doc.documentElement?.getAttribute('dir') === 'rtl' ? { dir: 'rtl' as const } : {}),
    ...(byline && !/^https?:/.test(byline) ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(host[0] ? { host: host[0] } : {}),
    ...logoName(ofTag('IMG')),
    ...(publishedTime ? { publishedTime } : {}),
    ...(excerpt ? { excerpt } : {}),
    ...(standfirst ? { standfirst } : {}),
    ...(tags.get('og:image') ? { leadImage: tags.get('og:image') } : {}),
    ...(leadPicture ? { leadPicture } : {}),
    ...(recipe ? { recipe } : {}),
    breadcrumb: [],
  };
}

/**
 * The page's own heading for the article: of its <h1>s that do not name the site (a logo's), the
 * only one, or the one the page's titles agree with most (the longest of equals). `only`: the
 * page has no other heading of that rank, so it is the article's even where an SEO title words
 * it differently.
 */
function mainHeading(
  h1s: string[],
  titles: string[],
  siteNames: string[],
): { title?: string; titleIsOnlyHeading?: boolean } {
  const sites = new Set(siteNames.map((n) => n.toLowerCase()));
  const candidates = h1s.filter((h1) => !sites.has(h1.toLowerCase()));
  if (candidates.length === 1) return { title: candidates[0], titleIsOnlyHeading: true };
  let best: string | undefined;
  let bestScore = 0;
  for (const h1 of candidates) {
    const agreement = titleAgreement(h1, titles);
    // A heading that is one word of a long title ("Discord" in "How we pwned X, Vercel, Cursor,
    // Discord…") is a section's, not the article's.
    if (agreement === 1 && reverseCoverage(h1, titles) < 0.25) continue;
    // Agreement first; among equals, the heading with more words in common.
    const score = agreement * 1000 + Math.min(999, titleWords(h1).length * agreement);
    if (score > bestScore) [best, bestScore] = [h1, score];
  }
  return best && bestScore >= 500 ? { title: best } : {};
}

/**
 * The one heading the page marks as its article's headline (`itemprop="headline"`, a class such as
 * "entry-title", "sa-post-title" or "v2-headline"), not the site's name: the title where no <h1>
 * is the article's (a blog whose only <h1> is its name, over an <h2 class="entry-title">; a promo's
 * <h1>). Two or more marked are a list of posts, each its own.
 */
function markedHeadline(elements: Element[], siteNames: string[]): { el: Element; text: string } | undefined {
  const marked = elements.filter((el) => {
    if (!el.hasAttributes()) return false;
    if (el.getAttribute('itemprop') === 'headline') return true;
    const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
    return classes.some((name) => HEADLINE_CLASSES.some((marks) => name === marks || name.endsWith(`-${marks}`)));
  });
  const found = shownHeadings(marked).filter(
    (h) => h.text.length >= 2 && h.text.length <= 300 && !siteNames.includes(h.text.toLowerCase()),
  );
  const texts = new Set(found.map((h) => h.text));
  return texts.size === 1 ? found[0] : undefined;
}
const HEADLINE_CLASSES = ['headline', 'entry-title', 'post-title', 'article-title'];

/** The headings a reader sees, each with its text (its lines spaced: "WEEKEND<br>CODING" is two words). */
function shownHeadings(elements: Element[]): { el: Element; text: string }[] {
  return elements
    .filter((el) => !isHiddenBox(el))
    .map((el) => ({ el, text: normalizeSpace(decodeEntities(oneLineText(el))) }));
}

/** How much of the best-covered title's words the heading has (0 to 1). */
function reverseCoverage(h1: string, titles: string[]): number {
  return Math.max(0, ...titles.map((title) => titleAgreement(title, [h1])));
}

/**
 * A site's own name for the publication date ("published", "w-published-date",
 * "parsely-pub-date"…): a meta name with "publish(ed)" or "pubdate" among its words and no word of
 * a later change.
 */
function otherPublishedTag(tags: Map<string, string>): string | undefined {
  for (const [key, value] of tags) {
    const words = key.split(/[-_:.\s]/);
    if (words.some((w) => w === 'updated' || w === 'modified' || w === 'expires' || w === 'revised')) continue;
    if (words.some((w) => w === 'published' || w === 'publish' || w === 'pubdate' || w === 'publication')) return value;
    // Parse.ly's "parsely-pub-date", and "pub-date" pages name after it.
    if (words.includes('pub') && words.includes('date')) return value;
  }
  return undefined;
}

/**
 * Yoast's Twitter card labels: `twitter:label1` "Written by" with the name in `twitter:data1`.
 */
function writtenByLabel(tags: Map<string, string>): string | undefined {
  for (const n of [1, 2]) {
    if (/^written by$/i.test(tags.get(`twitter:label${n}`) ?? '')) return tags.get(`twitter:data${n}`);
  }
  return undefined;
}

/**
 * A shown byline cut short ("Danielle DeSiato, Donna Enzmann" where the page's data lists a third
 * author, the header showing "and 1 more"): the page's machine-readable list (JSON-LD, meta) that
 * begins with the same names and goes on. (Not another shown line: those run on into job titles.)
 */
function completedList(byline: string | undefined, others: (string | undefined)[]): string | undefined {
  if (!byline) return byline;
  const names = byline.toLowerCase().split(', ');
  const fuller = others.find((other) => {
    const list = other?.toLowerCase().split(', ') ?? [];
    return list.length > names.length && names.every((name, i) => list[i] === name);
  });
  return fuller ?? byline;
}

/** A byline without the site's name among its names ("Emily Baron Cadloff, Modern Farmer"). */
function withoutSiteName(byline: string | undefined, siteName: string | undefined): string | undefined {
  if (!byline || !siteName) return byline;
  const site = siteNameKey(siteName);
  const names = byline.split(', ').filter((name) => siteNameKey(name) !== site);
  return names.length ? names.join(', ') : undefined;
}

/**
 * What the <title> adds to the article's own title (og:title, the JSON-LD headline) before or
 * after it, across a separator: "Engora Data Blog: Small adventures…" over "Small adventures…"
 * names the blog, even with a colon that does not split a title.
 */
function besideArticleTitle(docTitle: string, articleTitles: (string | undefined)[]): string[] {
  const lower = docTitle.toLowerCase();
  for (const title of articleTitles) {
    const own = title?.toLowerCase();
    if (!own || own.length >= lower.length) continue;
    const rest = lower.startsWith(own)
      ? lower.slice(own.length)
      : lower.endsWith(own)
        ? lower.slice(0, -own.length)
        : '';
    const name = withoutSeparatorsAround(rest);
    // Only across a separator: a space alone would make the title's own last words a "name".
    if (name && rest.replace(name, '').trim()) return [name];
  }
  return [];
}

/**
 * A site's name as a reader says it: some sites give their address as their name
 * ("https://www.newsnation.in"), which the header would show as a link-like string; its host
 * ("newsnation.in") says the same. Others add their tagline ("Resy | Right This Way", "Utne –
 * Cure Ignorance"): the name is the first part, unless that part is itself a long line ("Thoughts
 * about Product Adoption… | Userpilot Blog"), when it is the last; and unless another part is the
 * one the address names ("Find a Provider Near You - Book Online - Sofia Health" on
 * sofia-health.com).
 */
function readableSiteName(given: string | undefined, host: string | undefined): string | undefined {
  if (!given) return undefined;
  if (/^https?:\/\//i.test(given)) return hostWithoutWww(given) || undefined;
  // A separator left at an edge of the field by a site's template ("Mindesigns -").
  const name = withoutSeparatorsAround(given);
  if (!namesSomething(name)) return undefined;
  const parts = splitTitle(name);
  const [first, last] = [parts[0], parts[parts.length - 1]];
  if (parts.length < 2 || !first || !last) return name;
  const chosen = first.length <= MAX_SITE_NAME_PART ? first : last;
  const labels = host ? host.toLowerCase().split('.').slice(0, -1) : [];
  if (spellsHost(chosen, labels)) return chosen;
  return parts.find((part) => spellsHost(part, labels)) ?? chosen;
}

/**
 * A site's name given in lower case without spaces, as its address or a slug writes it
 * ("cultivating-health", "tastewise"), as the <title> writes the same letters: "Cultivating
 * Health", "Tastewise". Otherwise as given.
 */
function asTitleWritesIt(name: string, docTitle: string): string {
  if (name !== name.toLowerCase() || name.includes(' ')) return name;
  const letters = lettersOf(name);
  return splitTitle(docTitle).find((part) => part !== part.toLowerCase() && lettersOf(part) === letters) ?? name;
}

/** Letters and digits alone, in lower case: "Cultivating Health" and "cultivating-health" alike. */
function lettersOf(text: string): string {
  return nameWords(text).join('');
}

/** A name's words: its runs of letters and digits, in lower case. */
function nameWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A section's name given as the site's (og:site_name "Health" on National Geographic, "U.S." on
 * Reuters, "Blog" on Intuit TurboTax's blog) gives way to the name the <title> ends with, when
 * that one is the site's: the address spells it, or it holds the section's word ("Intuit
 * TurboTax Blog"). Only a one-word name: "Cookie and Kate" is a site's whatever its <title> says;
 * and not a brand written as its address ("Space.com"), though a host in lower case
 * ("livescience.com") gives way to the <title>'s "Live Science".
 */
function sectionOrSite(given: string | undefined, titlePart: string | undefined, host: string | undefined) {
  if (!given || !titlePart || given.includes(' ')) return given;
  // A brand that is its address ("Space.com", "MacRumors.com"), not a host in lower case.
  if (ENDS_IN_DOMAIN.test(given) && given !== given.toLowerCase()) return given;
  const part = titlePart.toLowerCase();
  const word = given.toLowerCase();
  if (part === word || part.length > MAX_SITE_NAME_PART) return given;
  const labels = host ? host.toLowerCase().split('.').slice(0, -1) : [];
  // A subdomain spells a section ("blog.turbotax.intuit.com"): the site is what follows it.
  if (spellsHost(given, labels.length > 1 ? labels.slice(1) : labels)) return given;
  const holdsWord = part.split(/[^\p{L}\p{N}.]+/u).includes(word);
  return holdsWord || spellsHost(titlePart, labels) ? titlePart : given;
}

/**
 * Whether a name is what the page's address spells, in full or by its initials: "Sofia Health"
 * (sofia-health.com), "National Cyber Security Centre" (ncsc.gov.uk). Not a name that merely holds
 * a label ("Web-page of Karl Voit" on karl-voit.at, beside the blog's own name).
 */
function spellsHost(name: string, hostLabels: string[]): boolean {
  const words = nameWords(name);
  const compact = words.join('');
  const initials = words.map((word) => word[0]).join('');
  return hostLabels.some((label) => {
    const spelled = label.replace(/-/g, '');
    return spelled === compact || spelled === initials;
  });
}

/** Longer than this, a site name's first part is a line about the site, not its name. */
const MAX_SITE_NAME_PART = 30;

/** The page's host without "www." ("davidbau.com"): a heading that says only that names the site. */
function hostName(doc: Document): string[] {
  const host = hostWithoutWww(doc.URL);
  return host?.includes('.') ? [host] : [];
}

/** An address's host without its "www." (undefined for what is not an address). */
export function hostWithoutWww(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * The <title>'s last part when it has several: where sites put their name; then, in a title of
 * three parts or more, the parts between the first and the last, the section's or the blog's
 * name ("秋天的落叶_青山的博客_新浪博客": a blog's <h1> "青山的博客" is not the post's title).
 */
function titleSiteParts(docTitle: string, articleTitles: (string | undefined)[]): string[] {
  const parts = splitTitle(docTitle);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last) return [];
  // Unless that part is the article's own title, as og:title or the headline says it: a site
  // that puts its name first ("Psychiatry.org - What Are the Latest…") ends with the title.
  const own = articleTitles.map((title) => title?.toLowerCase());
  const middle = parts.slice(1, -1).filter((part) => !own.includes(part.toLowerCase()));
  return own.includes(last.toLowerCase()) ? [] : [last, ...middle];
}

function normalizeLang(lang: string | null | undefined): string | undefined {
  const value = lang?.trim();
  return value ? value.replace('_', '-') : undefined;
}

/**
 * Whether the element or a box round it (up to HIDDEN_REACH levels) is hidden by its markup: the
 * `hidden` attribute, `aria-hidden`, an inline `display: none`, or a "hidden" class that no
 * screen-size variant shows again (Tailwind's "hidden md:block" is shown on a desktop).
 */
function isHiddenBox(el: Element): boolean {
  for (let box: Element | null = el, depth = 0; box && depth < HIDDEN_REACH; box = box.parentElement, depth++) {
    // (A streamed page's late part is hidden only until its script moves it: streamed-html.ts.)
    if (!box.hasAttributes() || isStreamedSegment(box)) continue;
    if (box.hasAttribute('hidden') || box.getAttribute('aria-hidden') === 'true') return true;
    if (INLINE_DISPLAY_NONE.test(box.getAttribute('style') ?? '')) return true;
    const classes = (box.getAttribute('class') ?? '').split(/\s+/);
    if (classes.includes('hidden') && !classes.some((name) => SHOWN_AGAIN.test(name))) return true;
  }
  return false;
}
const HIDDEN_REACH = 8;
/** A name that ends as an address does: "Space.com" (not "U.S."). */
const ENDS_IN_DOMAIN = /\.[a-z]{2,}$/i;
const INLINE_DISPLAY_NONE = /display\s*:\s*none/i;
/** A screen-size variant that shows a box again: "md:block", "lg:flex". */
const SHOWN_AGAIN = /^[a-z0-9-]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)$/;

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
