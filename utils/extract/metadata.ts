import { restoreLostCharacters } from './lost-characters';
import { isDateline, NO_AUTHOR, NOT_A_SITE_NAME, REPORTERS_LINE } from './patterns';
import type { RecipeText } from './recipe-data';
import { CJK_CHAR, countCjk, MAX_TITLE_LENGTH, normalizeSpace, ONE_CJK_CHAR } from './text';

/** Metadata gathered from the page before extraction changes it (see page-metadata.ts). */
export interface PageMetadata {
  /** The article's <h1> (see mainHeading in page-metadata.ts), or what a site rule names. */
  title?: string;
  /** The page has no other <h1> that could be the article's. */
  titleIsOnlyHeading?: boolean;
  /** The one heading the page marks as its article's headline (itemprop, class), of any rank. */
  markedHeadline?: string;
  /** The texts of the page's visible <h2>–<h4>s: where a page may show its metadata's title. */
  subheadings?: string[];
  docTitle?: string;
  ogTitle?: string;
  jsonLdHeadline?: string;
  dir?: 'rtl';
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  excerpt?: string;
  /** The summary the page shows under the heading: its description, or a line named as its dek (standfirst.ts). */
  standfirst?: string;
  leadImage?: string;
  /** The <img> that shows `leadImage` near the heading (see lead-picture.ts): the page's element. */
  leadPicture?: Element;
  lang?: string;
  /** Breadcrumb parts, site first: used to strip channel and site suffixes from titles. */
  breadcrumb: string[];
  /** The page's host without "www." ("davidbau.com"): a name sites give themselves in titles. */
  host?: string;
  /** The site's logo's alt text (<img alt="好范文网"> in a .logo): a last guess at its name. */
  logoName?: string;
  /** The recipe the page's JSON-LD (or else its microdata) describes: recipe.ts keeps its lists. */
  recipe?: RecipeText;
}

/** Named references that turn up escaped twice in titles and names (a CMS encoding its own output). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
};

/**
 * Character references left in a value that was escaped twice ("&#8217;", "&amp;" in an
 * og:title or a JSON-LD headline), decoded once. Unknown names stay as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The page's <meta> values by lower-cased name, property or itemprop; the first of each wins. */
export function readMetaTags(metaElements: Iterable<Element>): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of metaElements) {
    const value = normalizeSpace(decodeEntities(el.getAttribute('content') ?? ''));
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}

export function firstOf(tags: Map<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = tags.get(name.toLowerCase());
    if (value) return value;
  }
  return undefined;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  image?: string;
}

/** Types of the object that describes the article; a WebPage only where nothing better says. */
const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|WebPage/i;
const PAGE_ONLY_TYPE = /^(?:WebPage|ItemPage|CollectionPage)$/i;

/**
 * The article as the page's JSON-LD describes it. The author and publisher are taken from the
 * first article object that names them (an Article before the WebPage that Yoast lists first,
 * which has none), and a reference by `@id` ("author": {"@id": ".../author/ahmet/"}) is looked up among the
 * page's objects (readJsonLdObjects).
 */
export function readJsonLd(items: readonly Record<string, unknown>[]): JsonLdArticle {
  const typeOf = (item: Record<string, unknown>) => [item['@type']].flat().map(String).join(' ');
  const inOrder = items.filter((item) => ARTICLE_TYPE.test(typeOf(item)));
  const main = inOrder[0];
  if (!main) return {};
  const articles = [...inOrder].sort(
    (a, b) => Number(PAGE_ONLY_TYPE.test(typeOf(a))) - Number(PAGE_ONLY_TYPE.test(typeOf(b))),
  );
  const byId = new Map(items.flatMap((item) => (typeof item['@id'] === 'string' ? [[item['@id'], item]] : [])));
  const first = <T>(read: (article: Record<string, unknown>) => T | undefined): T | undefined => {
    for (const article of articles) {
      const value = read(article);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const name = (value: unknown) => nameOf(value, byId);
  // The headline and dates of the first object, as the page lists them (measured: taking them
  // from the Article before the WebPage lost as many titles and dates as it won).
  return dropUndefined({
    headline: asText(main.headline ?? main.name),
    author: first((a) => name(a.author)),
    datePublished: asText(main.datePublished),
    dateModified: asText(main.dateModified),
    publisher: first((a) => name(a.publisher)),
    image: first((a) =>
      asText(Array.isArray(a.image) ? a.image[0] : ((a.image as Record<string, unknown>)?.url ?? a.image)),
    ),
  });
}

/**
 * The objects of the page's JSON-LD scripts, those of a `@graph` among them. Malformed JSON is
 * ignored, never thrown.
 */
export function readJsonLdObjects(scripts: Iterable<Element>): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      items.push(...flattenJsonLd(JSON.parse(script.textContent ?? '')));
    } catch {}
  }
  return items;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function flattenJsonLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    return [obj, ...(Array.isArray(obj['@graph']) ? flattenJsonLd(obj['@graph']) : [])];
  }
  return [];
}

function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return normalizeSpace(decodeEntities(value)) || undefined;
}

function nameOf(value: unknown, byId: Map<unknown, Record<string, unknown>> = new Map()): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map((v) => nameOf(v, byId)).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return asText(object.name) ?? asText(byId.get(object['@id'])?.name);
  }
  return asText(value);
}

/** Fields of a 时间：… 来源：… 作者：… line. A field whose value is not what it claims is dropped. */
export interface MetaLineFields {
  publishedTime?: string;
  byline?: string;
  source?: string;
}

export function parseMetaLine(line: string): MetaLineFields {
  const fields: MetaLineFields = {};
  const text = normalizeSpace(line);
  const date = parseDate(text);
  if (date) fields.publishedTime = date;
  // The author only: an editor's credit (编辑/责任编辑/责编：…) names who checked the story, not
  // who wrote it, and shown as the byline it misleads. (A value ends at a bracket: the line may be
  // one field in brackets, "（作者：王芳）".)
  const author = /作者\s*[:：]\s*([^\s:：|()（）[\]【】]{1,30})/.exec(text);
  if (author?.[1] && !isFieldLabel(author[1]) && !NO_AUTHOR.test(author[1])) fields.byline = author[1];
  // A news story's reporters, a line of their own: "本报记者 李明 王芳".
  const reporters = REPORTERS_LINE.exec(text)?.[1]; // (one space between names: `text` is normalized)
  if (reporters && !fields.byline) fields.byline = reporters.split(' ').join(', ');
  const source = /来源\s*[:：]\s*([^\s:：|()（）[\]【】]{1,40})/.exec(text);
  if (source?.[1] && !isFieldLabel(source[1]) && !NOT_A_SITE_NAME.test(source[1])) fields.source = source[1];
  return fields;
}

function isFieldLabel(value: string): boolean {
  return /^(?:时间|日期|来源|作者|点击|浏览|阅读)/.test(value);
}

/**
 * Finds a calendar date (and time) in free text and returns it as ISO 8601, or undefined.
 * Accepts 2023-04-18, 2023/4/18, 2023.04.18, 2023年4月18日, with an optional hh:mm[:ss].
 * Never invents: a line without a plausible date gives undefined.
 */
export function parseDate(text: string): string | undefined {
  const m =
    /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?/.exec(
      text,
    );
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${m[1]}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return date;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** An ISO date from a machine-readable attribute (meta tag, JSON-LD, <time datetime>). */
export function normalizeIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  return parseDate(trimmed);
}

/** Splits a document title into parts on the separators sites put between title, channel, site. */
export function splitTitle(title: string): string[] {
  // Spaces are made single first, so that the separators need no unbounded runs of them (a run
  // of spaces before a separator would be scanned again from each of its spaces). An underscore
  // or a dash between two letters or digits joins them ("rustc_codegen_gcc", "Update–Fall 2025",
  // "2019–2020"); with a space or a Chinese character beside it, it separates.
  return normalizeSpace(title.slice(0, MAX_TITLE_LENGTH))
    .split(
      / [|\-–—·•:»] | ?[|｜»·•] ?| [_—–] ?|[_—–] |(?<![A-Za-z0-9])[_—–]|[_—–](?![A-Za-z0-9])|(?<=[\u4e00-\u9fff】」）]) ?- ?| ?- ?(?=[\u4e00-\u9fff])/,
    )
    .map(normalizeSpace)
    .filter(Boolean);
}

/**
 * Picks the article's title from the candidates, without site and channel suffixes: the
 * metadata's title where the page also shows it as a lesser heading; else the <h1> where the
 * metadata confirms it (or it is the page's only one and agrees in part); else the heading the
 * page marks as its headline; otherwise the longest part of the <title> that is not a site or
 * channel name.
 */
export function cleanTitle(candidates: {
  h1?: string;
  /** The page's only heading of its rank: the title even where the metadata words it otherwise. */
  h1IsOnlyHeading?: boolean;
  /** The one heading the page marks as its headline: the title when no <h1> is, if it reads as one. */
  markedHeadline?: string;
  ogTitle?: string;
  jsonLdHeadline?: string;
  docTitle?: string;
  siteNames: string[];
  subheadings?: string[];
}): string {
  const { ogTitle, jsonLdHeadline, docTitle } = candidates;
  const known = new Set(candidates.siteNames.map((s) => normalizeSpace(s).toLowerCase()).filter(Boolean));
  const titles = [jsonLdHeadline, ogTitle, docTitle].filter((t): t is string => Boolean(t));
  const h1 = candidates.h1 && restoreLostCharacters(trimmedHeading(candidates.h1, titles, known), titles);
  // The page shows its metadata's title, whole, as a heading further down ("How To Get Toddlers
  // To Sleep In Their Own Bed" as an <h2> under a banner's <h1> "Toddler Sleep Training"): that is
  // the title the page gives its article in both places; its <h1> is a banner's or a section's.
  const shownTitle = titleShownAsSubheading(titles, known, candidates.subheadings ?? [], h1);
  if (shownTitle) return shownTitle;
  // A heading in capitals ("BEST DRIP COFFEE MAKER IN 2026") is a style: metadata that shares
  // its words writes the same title in the author's own case; unless it writes it in capitals too
  // ("PAN DE ESPELTA Y CENTENO - Masas, panes y repostería - Blog de …").
  const shouted =
    h1 && inCapitals(h1) && titleAgreement(h1, titles) >= 0.3 && !titles.some((t) => normalizeSpace(t).includes(h1));
  const named = h1 && subjectNamedInTitle(h1, titles, known);
  if (named) return named;
  if (h1 && !known.has(h1.toLowerCase()) && !shouted) {
    // The visible heading, when the page's metadata agrees with it (an SEO og:title often words
    // the same title differently), or when the metadata names only the site.
    if (titles.some((t) => normalizeSpace(t).includes(h1)) || titleAgreement(h1, titles) >= 0.5) return h1;
    // A page's only <h1> is its article's title when it shares a good part of the metadata's
    // words and reads as a title.
    if (candidates.h1IsOnlyHeading && readsAsTitle(h1) && titleAgreement(h1, titles) >= 0.3) return h1;
    const onlySite = titles.every((t) => splitTitle(t).every((part) => known.has(part.toLowerCase())));
    if (onlySite) return h1;
  }
  // No <h1> is the article's: the heading the page marks as its headline is, as the page shows it.
  const marked =
    candidates.markedHeadline &&
    restoreLostCharacters(trimmedHeading(candidates.markedHeadline, titles, known), titles);
  if (marked && readsAsTitle(marked) && !known.has(marked.toLowerCase())) return marked;
  for (const title of titles) {
    const parts = splitTitle(title)
      .filter((part) => !known.has(part.toLowerCase()))
      .map((part) => withoutAddressHead(part, known));
    if (parts.length === 0) continue;
    if (parts.length === 1) return parts[0] as string;
    // The title is the first part as a rule ("Title - Channel - Site"); a longer later part wins
    // only when the first is short, as in "Site | Title".
    const [first, ...rest] = parts as [string, ...string[]];
    const longest = rest.reduce((a, b) => (weight(b) > weight(a) ? b : a), first);
    return weight(first) >= 0.6 * weight(longest) ? first : longest;
  }
  return h1 ?? '';
}

/**
 * The metadata's title when the visible heading only names its subject, in a word or two, and
 * the title begins with that name and goes on after a colon ("Index funds" over "Index Funds: How
 * to Invest | Vanguard"): the title says what the heading says, and which article it is.
 */
function subjectNamedInTitle(h1: string, titles: string[], known: Set<string>): string | undefined {
  if (titleWords(h1).length > 2) return undefined;
  const name = normalizeSpace(h1).toLowerCase();
  for (const title of titles) {
    const first = splitTitle(title).find((part) => !known.has(part.toLowerCase()));
    if (!first?.toLowerCase().startsWith(`${name}:`)) continue;
    if (readsAsTitle(first)) return first;
  }
  return undefined;
}

/**
 * Three to twenty words, not sentences run on: a one-word heading may be a section's name
 * ("Webcams"), a long one a hero's blurb.
 */
function readsAsTitle(heading: string): boolean {
  const words = titleWords(heading).length;
  return words >= 3 && words <= 20 && !heading.includes('. ');
}

/**
 * The first of the metadata's titles, its site's name left off, that the page also shows as an
 * <h2>–<h4>, in the same words and three or more of them, when no title of the page's says what
 * the <h1> says, whole or before its first separator (NBC's <title> gives the <h1> word for word;
 * its shorter og:title is only the lead video's caption, an <h3> under it).
 */
function titleShownAsSubheading(
  titles: string[],
  known: Set<string>,
  subheadings: string[],
  h1: string | undefined,
): string | undefined {
  if (subheadings.length === 0) return undefined;
  const shown = new Set(subheadings.map((text) => titleWords(text).join(' ')));
  const h1Words = h1 === undefined ? '' : titleWords(h1).join(' ');
  // Each title without its site's name; and without what follows its last bar, a site's name
  // the page does not give elsewhere ("… | JOHNSON’S®" in its <title> and og:title alike).
  const wholes = titles.flatMap((title) => {
    const whole = withoutSiteTail(title, known);
    const bar = whole.lastIndexOf(' | ');
    return bar > 0 ? [whole, whole.slice(0, bar)] : [whole];
  });
  const said = wholes.map((whole) => titleWords(whole).join(' '));
  const firstParts = titles.map((title) => titleWords(splitTitle(title)[0] ?? '').join(' '));
  if (said.includes(h1Words) || firstParts.includes(h1Words)) return undefined;
  return wholes.find((_, i) => (said[i] as string).split(' ').length >= 3 && shown.has(said[i] as string));
}

/**
 * A visible heading without what pages add to it: an SEO tail after a bar ("How meditation
 * rewires brains… | Opinion"), the site's name after a dash ("… – Artlyst"), and a prefix before
 * the words the page's metadata gives as the title ("Blog: …", "Dec 18 2025 …", "Title:…").
 */
function trimmedHeading(h1: string, titles: string[], known: Set<string>): string {
  // A label before the heading's words (arXiv's "Title:AlignMerge - …").
  let heading = h1.replace(/^title ?[:：] ?/i, '');
  // A bar in a visible heading starts a tail; what comes before it must still read as a title.
  const bar = heading.indexOf(' | ');
  if (bar > 0 && titleWords(heading.slice(0, bar)).length >= 3 && !isSubtitleAfterBar(heading, bar, titles, known)) {
    heading = heading.slice(0, bar);
  }
  heading = withoutSiteTail(heading, known);
  // The metadata's own title (its first part, site names aside) at the end of a longer heading;
  // unless another of its titles holds the heading whole ("Easy Taco Seasoning Recipe" as the
  // headline beside an og:title "Taco Seasoning Recipe": the heading's first word is its own).
  const lower = heading.toLowerCase();
  const attestedWhole = titles.some((title) => normalizeSpace(title).toLowerCase().includes(lower));
  for (const title of attestedWhole ? [] : titles) {
    const first = splitTitle(title).find((part) => !known.has(part.toLowerCase()));
    if (!first || titleWords(first).length < 2 || first.length >= heading.length) continue;
    const own = first.toLowerCase();
    const before = heading.slice(0, heading.length - first.length).trim();
    // A label ends in a colon or bar ("Blog:"), carries a date ("Dec 18 2025") or is a line of
    // its own words ("Get that tech stack"). A word or two before the metadata's words are the
    // title's own: "The Best Home Security Cameras", "Easy Taco Seasoning Recipe", "Crock Pot
    // Buffalo Chicken Meatballs", where an SEO title left them out. Chinese sites' prefixes
    // ("原创", "范文") are labels, as they always were here.
    const label =
      isSeparatorOrSpace(before.slice(-1)) ||
      /\d/.test(before) ||
      titleWords(before).length >= 3 ||
      ONE_CJK_CHAR.test(before);
    if (lower.endsWith(own) && label && titleWords(heading).length - titleWords(first).length <= 4) return first;
    // A link aggregator's heading: the story's title, then its source and a count ("… (latimes.com) 87").
    if (lower.startsWith(own) && SOURCE_AND_COUNT.test(heading.slice(first.length).trim())) return first;
  }
  // The metadata's title is the heading with its count before it ("8 Recent Trends in
  // Photography" over "Recent Trends in Photography"): the same title, said whole. (A year after
  // it, "… in 2025", was tried too: the annotation takes it as often as it leaves it.)
  for (const title of titles) {
    const whole = withoutSiteTail(title, known);
    if (whole.length <= heading.length || !whole.toLowerCase().endsWith(lower)) continue;
    if (/^\d{1,3}$/.test(whole.slice(0, whole.length - heading.length).trim())) return whole;
  }
  return heading;
}

/**
 * The heading's one bar is followed by a subtitle, not a channel or a site: four words or more,
 * no second bar, no site name, and the page's metadata gives the heading whole ("Top 10 Cameras
 * of 2025 | The Best Mirrorless Cameras on the Market").
 */
function isSubtitleAfterBar(heading: string, bar: number, titles: string[], known: Set<string>): boolean {
  const tail = heading.slice(bar + 3);
  if (titleWords(tail).length < 4 || tail.includes(' | ')) return false;
  if (splitTitle(tail).some((part) => known.has(part.toLowerCase()))) return false;
  const whole = heading.toLowerCase();
  return titles.some((title) => normalizeSpace(title).toLowerCase().includes(whole));
}

/**
 * A title part that starts with the site's address and a space, no separator between them
 * ("davidbau.com Vibe Coding"): the rest, when it is two words or more. Only names with a dot (a
 * host), since a site's plain name often begins its own titles ("Python 3.14 released").
 */
function withoutAddressHead(part: string, known: Set<string>): string {
  const lower = part.toLowerCase();
  for (const name of known) {
    if (!name.includes('.') || !lower.startsWith(`${name} `)) continue;
    const rest = part.slice(name.length + 1).trim();
    if (titleWords(rest).length >= 2) return rest;
  }
  return part;
}

/** Written all in capital letters, three words or more ("SUPPORTING GAAP COMPLIANCE"). */
function inCapitals(text: string): boolean {
  return text.toLowerCase() !== text && text.toUpperCase() === text && titleWords(text).length >= 3;
}

/** "(latimes.com) 87": a linked story's source host in brackets, and its score or comment count. */
const SOURCE_AND_COUNT = /^\((?:[a-z0-9-]+\.)+[a-z]{2,}\)(?: \d{1,6})?$/i;

/** A title without its site's name after the last separator ("… | Forbes" → "…"). */
function withoutSiteTail(title: string, known: Set<string>): string {
  const text = normalizeSpace(title);
  const parts = splitTitle(text);
  const last = parts[parts.length - 1];
  return parts.length > 1 && last && known.has(last.toLowerCase())
    ? withoutTrailingSeparators(text.slice(0, text.lastIndexOf(last)))
    : text;
}

const TITLE_SEPARATORS = new Set([...' |-–—·•»:']);

function isSeparatorOrSpace(char: string | undefined): boolean {
  return char !== undefined && (TITLE_SEPARATORS.has(char) || /\s/.test(char));
}

/** "Critics’ Choice – " → "Critics’ Choice" (a loop: a pattern anchored at the end is not linear). */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && isSeparatorOrSpace(text[end - 1])) end--;
  return text.slice(0, end);
}

/** ": Engora Data Blog" or "Engora Data Blog: " → "Engora Data Blog". */
export function withoutSeparatorsAround(text: string): string {
  let start = 0;
  while (start < text.length && isSeparatorOrSpace(text[start])) start++;
  return withoutTrailingSeparators(text.slice(start));
}

/** Words of a title for comparing: letters and digits lower-cased; each CJK character a word. */
export function titleWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of text.toLowerCase()) {
    if (ONE_CJK_CHAR.test(char)) {
      if (word) words.push(word);
      word = '';
      words.push(char);
    } else if (/[\p{L}\p{N}]/u.test(char)) word += char;
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

/** How much of the heading's words the best of the titles shares (0 to 1). */
export function titleAgreement(heading: string, titles: string[]): number {
  const words = titleWords(heading);
  if (!words.length) return 0;
  let best = 0;
  for (const title of titles) {
    const theirs = new Set(titleWords(title));
    best = Math.max(best, words.filter((w) => theirs.has(w)).length / words.length);
  }
  return best;
}

function weight(text: string): number {
  return text.length + countCjk(text) * 2;
}

/** Guesses the language from the text when the page does not declare one. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const hangul = sample.match(/[\uac00-\ud7af]/g)?.length ?? 0;
  const han = sample.match(CJK_CHAR)?.length ?? 0;
  if (kana / letters > 0.05) return 'ja';
  if (hangul / letters > 0.3) return 'ko';
  if (han / letters > 0.3) return 'zh';
  if (/[\u0400-\u04ff]/.test(sample) && (sample.match(/[\u0400-\u04ff]/g)?.length ?? 0) / letters > 0.5) return 'ru';
  if ((sample.match(/[a-z]/gi)?.length ?? 0) / letters > 0.8) return 'en';
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Bylines that are no one's name: a label cut off ("About the"), a day of the week ("Sat"), a
 * template's unfilled key ("page.head.extra.author"), a credit's label alone ("By", "Par", "Af"),
 * a word of the page's ("Menu", "Ingredients"), a sign-off ("Enjoy"), a profile's address without
 * its scheme ("facebook.com/vegolosi").
 */
const NOT_A_NAME =
  /^(?:the|about|about the|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|[a-z_]+(?:\.[a-z_]+){3,}|by|par|por|af|av|von|door|chef|menu|articles?|ingredients?|recipes?|colaborador(?:a|es)?|enjoy|cheers|xoxo|about me|über mich|à propos|sobre mí|over mij|(?:www\.)?[a-z0-9-]+\.[a-z]{2,}\/\S*)$/i;

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "IndustrySelect on Tuesday" → "IndustrySelect": the day the post went up, run on. (By words: a
 * pattern anchored at the end, after a run of white space, is not linear.) */
function withoutPostedDay(text: string): string {
  const words = text.split(' ');
  const n = words.length;
  if (n >= 3 && words[n - 2]?.toLowerCase() === 'on' && WEEKDAYS.has(words[n - 1]?.toLowerCase() ?? '')) {
    return words.slice(0, -2).join(' ');
  }
  return text;
}

/**
 * "David at December 16, 2025 11:15 AM" → "David": the time the post went up, run on after the
 * name (Movable Type's "Posted by … at …"). By search, not a pattern: a lazy group before " at "
 * would be scanned again from each space.
 */
function withoutPostedAt(text: string): string {
  // ("Posted on March 3, 2024" is a dateline whole: no name before its "on".)
  if (isDateline(text)) return text;
  for (const joint of [' at ', ' on ']) {
    const at = text.indexOf(joint);
    if (at > 0 && isDateline(text.slice(at + joint.length))) return text.slice(0, at);
  }
  return text;
}

/**
 * A credit without the dash or bullet at its end that stood before a date ("Justine Coleman -"):
 * the marks LEADING_MARKS takes from the start, but not a link's "»" ("View Other Recipes By
 * This Chef »" is no name, and the arrow shows it). A loop: a pattern anchored at the end is not
 * linear.
 */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_MARKS.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
const TRAILING_MARKS = new Set([...' -–—•·|']);

/** A dash or bullet a credit starts with ("– Christina S"), left from the line it stood in. */
const LEADING_MARKS = /^[-–—•·|:]+\s*/;
/**
 * A credit's own words before the name, in the languages recipe and news sites write them: "By",
 * "Recipe by", "Submitted by", "Par", "Por", "Af", "Av", "Von", "Gemaakt door", "Autor:",
 * "Текст:". A whole word followed by a space or colon: "Byron Smith" keeps its first name.
 */
const CREDIT_WORDS =
  /^(?:(?:(?:written|recipe|submitted|created|story|words|text)\s)?by|read more about|more about|par|por|af|av|von|door|gemaakt door|autor|auteur|autore|автор|текст)(?:\s*[:：/|]\s*|\s)/i;

/** A name as compared with the site's: case and "&" for "and" aside ("Garnish and Glaze", "Garnish & Glaze"). */
export function siteNameKey(name: string): string {
  return normalizeSpace(name.toLowerCase().replace(/&/g, ' and '));
}

/**
 * A page's counts set before its description: "文章浏览阅读1.2w次，点赞45次，收藏128次。本文介绍…"
 * (a blog platform writes them into every post's description). The library shows the description
 * under the title, where the counts say nothing about the article.
 */
const LEADING_COUNTS =
  /^(?:(?:文章)?(?:浏览|阅读|浏览阅读|点赞|收藏|评论|转发|分享)\s*\d[\d.,]*(?:[万wWkK]\+?)?\s*次[，,、]\s*){0,5}(?:文章)?(?:浏览|阅读|浏览阅读|点赞|收藏|评论|转发|分享)\s*\d[\d.,]*(?:[万wWkK]\+?)?\s*次[。.；;]\s*/;

/** A page's description as the article's summary: without the counts a platform sets before it. */
export function cleanDescription(value: string): string | undefined {
  const rest = value.replace(LEADING_COUNTS, '');
  return rest.trim() ? rest : undefined;
}

/** A Chinese field label after a name: what follows it is another field. */
const NEXT_ZH_FIELD = /\s(?:来源|时间|日期|发布时间|编辑|责任编辑|责编|点击|阅读|浏览)\s*[:：]/;

/**
 * A byline as the header shows it: the names only. Labels ("By", "作者："), dates after a comma
 * or a bar ("By Ada Gardener, 3 March 2024"), and values that name nobody (佚名, 匿名, admin)
 * are taken off; undefined when nothing is left or it is too long to be names.
 */
export function cleanByline(value: string | null | undefined): string | undefined {
  const text = withoutPostedDay(
    withoutPostedAt(normalizeSpace(value ?? ''))
      .replace(LEADING_MARKS, '')
      .replace(CREDIT_WORDS, '')
      .replace(/^(?:作者|文)\s*[:：/|]?\s*/, '')
      // The next field of a 作者：… 来源：… line is not the name ("李明 来源：美文精选").
      .split(NEXT_ZH_FIELD)[0] as string,
  );
  // (Without a mark left at a name's end by the date taken off after it: "Justine Coleman -".)
  const parts = text
    .split(/[,，|·]/)
    .map((part) => withoutTrailingMarks(part.trim()))
    .filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    // "March 3, 2024" was split at its comma: the two parts are one date.
    if (i + 1 < parts.length && isDateline(`${part} ${parts[i + 1]}`)) i++;
    // A part with digits is a date, a time or "10 min read" run into the name, not a name.
    else if (!parseDate(part) && !isDateline(part) && !/\d/.test(part)) names.push(part);
  }
  const byline = names.join(', ');
  // One name is short; a paper's or a team's list of three or more may run longer.
  const longest = names.length >= 3 ? 240 : 80;
  if (!byline || byline.length > longest || namesNoOne(byline)) return undefined;
  return byline;
}

/**
 * A credit that names no one: "admin", "Anonymous", a label alone ("By", "Par"), a page's word
 * ("Menu"), or a phrase: three lower-case words that are not a name's particles ("If you make this
 * recipe", "Ajouter à mon carnet de recettes"). A brand's name has two ("Spain on a Fork", "Sund på
 * budget").
 */
export function namesNoOne(text: string): boolean {
  // (A name written all in lower case, "kirstin boatto", is a handle, not a phrase.)
  const words = text.split(' ');
  const phrase =
    /^\p{Lu}/u.test(text) && words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)).length >= 3;
  return NO_AUTHOR.test(text) || NOT_A_NAME.test(text) || phrase;
}

/**
 * Lower-case words a name holds: "Jaime de las Heras", "Ursula von der Leyen", "the Lavazza Team",
 * "The Team, edited by Walter".
 */
// biome-ignore format: a list of words reads best as lines of words.
const NAME_PARTICLES = new Set([
  'the', 'and', 'of', 'by', 'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'do', 'dos', 'du', 'la',
  'las', 'le', 'los', 'van', 'von', 'y', 'e', 'et', 'bin', 'ibn', 'al', 'el', 'ten', 'ter', 'zu', 'i', '&',
]);

/**
 * The site's name as its own <title> ends: "…_志愿服务_上大学网" → 上大学网. Only a short last part
 * that is not the article's title counts.
 */
export function siteNameFromTitle(docTitle: string | undefined, articleTitle: string): string | undefined {
  const parts = splitTitle(docTitle ?? '');
  const last = parts.length >= 2 ? parts[parts.length - 1] : undefined;
  if (!last || last.length > 30 || last === articleTitle || NOT_A_SITE_NAME.test(last)) return undefined;
  return AUTHOR_CREDIT.test(last) ? undefined : last;
}

/** "How to write a newsletter - by Charlie Hills" (Substack's <title>): the end credits the author. */
const AUTHOR_CREDIT = /^by\s/i;
