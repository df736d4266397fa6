import { firstDescendant, hasTextLongerThan, linksNowhere } from './dom';
import { cleanByline, namesNoOne, siteNameKey } from './metadata';
import { ABOUT_THE_AUTHOR_MARK, isDateline } from './patterns';
import { linksToOtherPageOfHost } from './site-links';
import { normalizeSpace } from './text';
import { parseWrittenDate } from './written-date';

/**
 * The byline and date as the page shows them to its readers, which is what a reader calls the
 * article's author and date: a `<meta name="author">` is often the site, a handle or a URL, and
 * `article:published_time` is often not the date on the page. Read from the elements the page
 * marks as such (rel=author, itemprop, class or id names), away from comments, footers and
 * sidebars.
 */

/** Words in a class, id or itemprop that mark an author or a date. */
const AUTHOR_MARK = /author|byline|writer/i;
const DATE_MARK = /date|time|publish|posted|updated/i;
/** candidatesNear's test: an element that may carry the byline or the date. */
export function isMetadataCandidate(el: Element): boolean {
  if (el.tagName === 'TIME') return true;
  // Most of a page's elements have no attributes: they are passed without building a string.
  if (!el.hasAttributes()) return false;
  if (el.tagName === 'A' && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) return true;
  const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
  return marks.length > 2 && marks.length < 300 && (AUTHOR_MARK.test(marks) || DATE_MARK.test(marks));
}

/**
 * Not the article's own header: comments, footers, sidebars, menus, related cards, testimonials.
 * Matched as a word of a class or id ("comment-list", "related_posts"), not inside a utility class
 * such as Tailwind's "md:[grid-area:sidebar]", which lays out the article's own header.
 */
const ELSEWHERE = new Set([
  'comment',
  'comments',
  'related',
  'sidebar',
  'footer',
  'promo',
  'recommended',
  'newsletter',
  'share',
  'sharing',
  'reply',
  'replies',
  // A customer's name under a quote ("testimonial-author-wrapper"): no author of the article.
  'testimonial',
  'testimonials',
]);

/** Whether a class or id names a place other than the article's header, by its words. */
function namesElsewhere(name: string): boolean {
  if (name.includes(':') || name.includes('[')) return false;
  return name
    .toLowerCase()
    .split(/[-_]/)
    .some((word) => ELSEWHERE.has(word));
}

/**
 * Whether `test` holds for the element or one of its ancestors, up to twelve levels and never
 * <body>: its classes describe the page's layout ("nv-sidebar-right"), not where the element is.
 */
function someAncestor(el: Element, test: (ancestor: Element) => boolean): boolean {
  for (let a: Element | null = el, depth = 0; a && depth < 12; a = a.parentElement, depth++) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') return false;
    if (test(a)) return true;
  }
  return false;
}

/** An element's class and id names (none for a page that writes hundreds into one attribute). */
function classAndIdNames(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length < 400 ? names.split(' ') : [];
}

function inElsewhere(el: Element): boolean {
  // Past <main>, the walk stops: what holds the page's main part is a wrapper, even an <aside>
  // (a banner left unclosed, as on Fermyon's blog, holds the whole page).
  let passedMain = false;
  return someAncestor(el, (a) => {
    if (passedMain) return false;
    if (a.tagName === 'MAIN') passedMain = true;
    return (
      a.tagName === 'FOOTER' || a.tagName === 'ASIDE' || a.tagName === 'NAV' || classAndIdNames(a).some(namesElsewhere)
    );
  });
}

/** One text node of a byline element, and whether it is an author link's text. */
interface Part {
  text: string;
  link?: 'author' | 'other';
}

/** Links to an author's page: /author/…, /authors/…, /people/…, ?author=, rel=author. */
const AUTHOR_HREF = /\/(?:authors?|people|profiles?|team|contributors?|writers?|staff|experts?|user)\/|[?&]author=/i;

/**
 * Links to a tag's or a category's page (/tag/…, ?cat=…): a topic ("Personal finance", "Wedding
 * Checklists") that a byline's row often shows beside the name, never an author.
 */
const TOPIC_HREF = /\/(?:tags?|category|categories|topics?)\/|[?&](?:cat|category|tags?|topics?|content_topic)=/i;

function isTopicLink(link: Element): boolean {
  return /\btag\b/i.test(link.getAttribute('rel') ?? '') || TOPIC_HREF.test(link.getAttribute('href') ?? '');
}

/** Whether a text node is a topic link's text. */
function inTopicLink(node: Node): boolean {
  const link = node.parentElement?.closest('a');
  return Boolean(link && isTopicLink(link));
}

/**
 * Whether a node is inside a card of another post: a link around blocks to another page of the
 * site ("<a href="/best-travel-cameras/"><div><img></div><div>…<p>by Andy Westlake</p></div></a>"),
 * whose credit is that post's. A byline's link may wrap blocks too (a name and a role in a
 * Webflow link block), but to the author's page or profile, often on another site.
 */
function inCardLink(node: Node): boolean {
  const link = node.parentElement?.closest('a');
  if (!link?.querySelector('p, div, h2, h3, h4, li')) return false;
  const href = link.getAttribute('href') ?? '';
  // (A link to the page itself is its own header's: Webflow links the author box to the post.)
  return !AUTHOR_HREF.test(href) && linksToOtherPageOfHost(href, link.ownerDocument.URL);
}

/**
 * The element's text pieces, one per text node: separate elements stay separate words. A topic
 * link's text is not among them.
 */
function textParts(el: Element): Part[] {
  const parts: Part[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && parts.length < 40; node = walker.nextNode()) {
    const text = normalizeSpace(node.nodeValue ?? '');
    if (!text) continue;
    const link = node.parentElement?.closest('a');
    // A topic's link, or a button's words beside the name ("Uložiť kuchára", save this cook, a
    // link to nowhere), are no name.
    if (link && (isTopicLink(link) || isControlLink(link))) continue;
    const kind = !link || !el.contains(link) ? undefined : isAuthorLink(link) ? 'author' : 'other';
    parts.push(kind ? { text, link: kind } : { text });
  }
  return parts;
}

/** A link that works as a button: to nowhere, to a script, or so marked. */
function isControlLink(link: Element): boolean {
  return linksNowhere(link) || link.getAttribute('role') === 'button';
}

function isAuthorLink(link: Element): boolean {
  return (
    /\bauthor\b/i.test(link.getAttribute('rel') ?? '') ||
    link.getAttribute('itemprop') === 'author' ||
    AUTHOR_HREF.test(link.getAttribute('href') ?? '')
  );
}

const LABEL =
  /^(?:(?:written|posted|published|authored|recipe|submitted|created)\s+)?by\b[:\s]*|^authors?\s*[:：]\s*|^author\s+|^written\s+by\s*/i;
/** Where the authors end and the other credits begin. */
const OTHER_CREDITS = /\b(?:reviewed|fact[- ]?checked|edited|illustrat\w*|photograph\w*|updated)\b|审核|编辑/i;
const CONNECTOR = /^(?:and|&|,|、|和|与)$/i;
const NOT_A_NAME =
  /\d|[:|@/©]|\b(?:min(?:ute)?s? read|read(?:ing)? time|updated|published|posted|share|follow|comments?|view all|more from|about the author|contributor|staff writer|editor|full bio|bio|cite|disclosure|subscribe|newsletter|profile|profil|profiel|perfil|learn more|read more|see more|journalist|reporter|writer|correspondent|columnist|desk|analyst|specialist|manager|director|founder|ceo|cto|strategist|consultant|intern)\b|\bfrom$|^(?:the )?(?:author|written|by|posted|authors)$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

/** Text in an author-marked box at most: a byline's block with its date and reading time, not a post. */
const MAX_BYLINE_BOX = 2000;

/** A number alone, as a profile's figures show it: "1956", "12.5k", "3,400". */
const COUNT = /^\d[\d,.]{0,12}[kKmM]?$/;

/** What trails a name in the same text: " Author", " on Tuesday". */
function withoutTrailer(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  // (Not after a comma: "…, AP National Political Writer" is a role whole, left out by namesBeforeRole.)
  if (words.length > 1 && (last === 'author' || last === 'writer') && !name.includes(',')) {
    return words.slice(0, -1).join(' ');
  }
  const on = words.lastIndexOf('on');
  // "Stella on" [the date]: the line ran on into the date's own element ("Audiophile On" is a name).
  if (on > 0 && on === words.length - 1) return words.slice(0, on).join(' ');
  if (on > 0 && on === words.length - 2) return words.slice(0, on).join(' ');
  return name;
}

/**
 * A piece that reads as a person's or a team's name: short, capitalized or CJK, no digits; a team
 * may follow a lower-case "the" ("By the Lavazza Team").
 */
export function isName(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length >= 2 &&
    text.length <= 60 &&
    words.length <= 6 &&
    !NOT_A_NAME.test(text) &&
    !namesNoOne(text) &&
    !isDateline(text) &&
    /^(?:the )?[\p{Lu}\p{Lo}]/u.test(text)
  );
}

/**
 * "Agatha Caleo, Candidate Representative to the Candidate Liaison Committee" → "Agatha Caleo":
 * the names a byline starts with, up to the first comma part that is not one (a role too long to
 * be a name). A byline that reads as a name whole is kept whole.
 */
function namesBeforeRole(byline: string | undefined): string | undefined {
  if (!byline) return undefined;
  if (isName(byline)) return byline;
  const names: string[] = [];
  for (const part of byline.split(', ')) {
    if (!isName(part)) break;
    names.push(part);
  }
  return names.length ? names.join(', ') : undefined;
}

/**
 * The names in one byline element, in order, before any other credit ("Reviewed by…"): links
 * to author pages first (the usual markup, one per author); else links that read as a full
 * name; else its first name and any joined to it by "and", "&" or a comma. A job title, a
 * category or a date in an element of its own is left out.
 */
function namesIn(el: Element): string[] {
  if (el.tagName === 'A' && isTopicLink(el)) return [];
  const own = el.tagName === 'A' ? normalizeSpace(el.textContent ?? '').replace(LABEL, '') : '';
  if (own) return isName(own) ? [own] : [];
  const all = textParts(el)
    .map((p) => ({ ...p, text: withoutTrailer(p.text.replace(LABEL, '').trim()) }))
    .filter((p) => p.text);
  const stop = all.findIndex((p, i) => i > 0 && !p.link && OTHER_CREDITS.test(p.text));
  const parts = stop > 0 ? all.slice(0, stop) : all;
  const authorLinks = parts.filter((p) => p.link === 'author' && isName(p.text)).map((p) => p.text);
  if (authorLinks.length) return [...new Set(authorLinks)];
  const nameLinks = parts.filter((p) => p.link && isName(p.text) && p.text.includes(' ')).map((p) => p.text);
  if (nameLinks.length) return [...new Set(nameLinks)];
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = (parts[i] as Part).text;
    if (CONNECTOR.test(part)) continue;
    // An author's figures: "1956" "Tips", "12k" "Followers".
    if (COUNT.test(parts[i - 1]?.text ?? '')) continue;
    // "Steve Peoples, AP National Political Writer" in one piece: the name before the role.
    const cleaned = namesBeforeRole(cleanByline(part));
    if (!cleaned || !isName(cleaned)) {
      if (names.length) break;
      continue;
    }
    names.push(cleaned);
    // Another name only when a connector joins it.
    if (!CONNECTOR.test(parts[i + 1]?.text ?? '')) break;
  }
  return names;
}

export interface VisibleMetadata {
  byline?: string;
  publishedTime?: string;
  /** The byline is a name beside its picture, with no credit label: the weakest sign of an author. */
  bylineBesidePicture?: boolean;
}

/** Elements that hold no text a reader sees: their contents are not walked or counted. */
const UNSEEN = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** A TreeWalker filter: skips the unseen elements' subtrees (a <style> after the heading is not a line). */
export const skipUnseen = {
  acceptNode: (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el && UNSEEN.has(el.tagName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */;
  },
};

/** Elements looked at after the heading, and before it (a byline above the title is rarer). */
const HEADER_REACH_AFTER = 250;
const HEADER_REACH_BEFORE = 100;
/** Without a heading: elements looked at from the top of the page. */
const PAGE_REACH = 800;

/**
 * The names one byline element gives, joined as a byline; none when it gives none. A piece the
 * box marks as the author's name ("author__name", `itemprop="name"`) is the name, written as
 * the site writes it (a user name in lower case, "pwiggers", under the box's title "Over de
 * plaatser"); else the names namesIn reads.
 */
export function bylineOfElement(el: Element): string | undefined {
  const marked = firstDescendant(
    el,
    (d) => NAME_MARK.test(d.getAttribute('class') ?? '') || d.getAttribute('itemprop') === 'name',
  );
  // ("Written By " with no name after it names no one.)
  const markedName = marked && cleanByline(normalizeSpace(marked.textContent ?? '').replace(LABEL, ''));
  if (markedName && !NOT_A_NAME.test(markedName)) return markedName;
  const names = namesIn(el);
  return names.length ? names.join(', ') : undefined;
}

/** A class naming the author's name in a byline box: "author__name", "author-name", "byline_name". */
const NAME_MARK = /(?:author|byline)[-_]{0,2}name(?:$|[\s_-])/i;

/**
 * The elements that may carry the byline or the date, nearest the article's heading first (those
 * after it count double as near as those before it); without a heading, the page's first ones in
 * document order. Only this neighbourhood is looked at: testing every element's class and id on a
 * large page cost the extractor a tenth of its time.
 */
export function candidatesNear(anchor: Element | undefined, doc: Document): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */, skipUnseen);
  const found: { el: Element; d: number }[] = [];
  if (!anchor) {
    for (let node = walker.nextNode(), i = 0; node && i < PAGE_REACH; node = walker.nextNode(), i++) {
      if (isMetadataCandidate(node as Element)) found.push({ el: node as Element, d: i });
    }
    return found.map(({ el }) => el);
  }
  walker.currentNode = anchor;
  for (let node = walker.nextNode(), i = 1; node && i <= HEADER_REACH_AFTER; node = walker.nextNode(), i++) {
    if (isMetadataCandidate(node as Element)) found.push({ el: node as Element, d: i });
  }
  walker.currentNode = anchor;
  for (let node = walker.previousNode(), i = 1; node && i <= HEADER_REACH_BEFORE; node = walker.previousNode(), i++) {
    if (isMetadataCandidate(node as Element)) found.push({ el: node as Element, d: i * 2 });
  }
  return found.sort((a, b) => a.d - b.d).map(({ el }) => el);
}

/** The byline and date from the candidates (see candidatesNear), the first that give one each. */
export function readVisibleMetadata(candidates: Element[], siteName: string | undefined): VisibleMetadata {
  const site = siteNameKey(siteName ?? '');
  let byline: string | undefined;
  let publishedTime: string | undefined;
  // The nearest few: past them, what is found is not the header's.
  const ordered = candidates.slice(0, 60);
  for (const el of ordered) {
    if (byline && publishedTime) break;
    // (Nor a card's of another post: its author and date are that post's.)
    if (inElsewhere(el) || inCardLink(el)) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`;
    // (A link marked only as a date's, "publish", is a menu's as often as a credit: Brewer's
    // Friend's "Export ▼ Embed Text HTML BeerXML".)
    // (Nor a box as long as a post: WordPress names the whole entry "author-maangchi", and its
    // first linked phrase is the article's, "Korean fried chicken".)
    if (
      !byline &&
      AUTHOR_MARK.test(marks) &&
      !ABOUT_THE_AUTHOR_MARK.test(marks) &&
      !hasTextLongerThan(el, MAX_BYLINE_BOX)
    ) {
      const names = namesIn(el).filter((n) => siteNameKey(n) !== site);
      if (names.length) byline = names.join(', ');
    }
    // A byline's block often shows the date beside the name ("Luke Kim" "December 17, 2025").
    if (!publishedTime && (el.tagName === 'TIME' || DATE_MARK.test(marks) || AUTHOR_MARK.test(marks))) {
      // Each text piece on its own first: "ServiceTitan" "November 26th, 2024" "10 Min Read" in
      // three elements would read as one run-on line.
      const text = normalizeSpace(el.textContent ?? '');
      const pieces = text.length <= 300 ? textParts(el).map((p) => p.text) : [];
      const date =
        pieces.map(parseWrittenDate).find(Boolean) ??
        (text.length <= 120 ? parseWrittenDate(text) : undefined) ??
        datetimeOf(el);
      if (date) publishedTime = date;
    }
  }
  return { ...(byline ? { byline } : {}), ...(publishedTime ? { publishedTime } : {}) };
}

/**
 * Inside the comments: where the header lines certainly ended. `memo` keeps each ancestor's
 * answer for one walk: the text nodes it passes share their ancestors.
 */
function inComments(el: Element, memo: Map<Element, boolean>): boolean {
  return someAncestor(el, (a) => {
    let named = memo.get(a);
    if (named === undefined) {
      named = classAndIdNames(a).some((name) =>
        name
          .toLowerCase()
          .split(/[_-]/)
          .some((w) => w === 'comments' || w === 'comment'),
      );
      memo.set(a, named);
    }
    return named;
  });
}

/** Whether `el` is inside the page's comments (an ancestor named "comments" or "comment"). */
export function isInComments(el: Element): boolean {
  return inComments(el, new Map());
}

/** Text pieces read around the heading, and how long a piece may be and still be a header line. */
const HEADER_LINES_AFTER = 60;
const HEADER_LINES_BEFORE = 12;
const MAX_HEADER_LINE = 160;
/** A piece this long is the article's text: the header is over. */
const BODY_TEXT = 300;
/** Text nodes passed at most, blank ones included (a page of white space between tags). */
const MAX_TEXT_NODES = 400;

/** A line that credits the article: "By …", "Written by …", "Author: …". */
const CREDIT_LINE =
  /^(?:(?:written|posted|published|authored|recipe|submitted|created)\s+)?by\b|^authors?\s*[:：]|^作者\s*[:：]/i;
/**
 * A field's label alone on its line, the names in the lines after it: "<h3>Author</h3><p>Lisa D.
 * Ellis</p>", "<h6>Author(s)</h6><ul><li>…", "<strong>Contributors:</strong> Janet Loughrey".
 */
const CREDIT_LABEL = /^(?:authors?|author\(s\)|contributors?|作者)\s*[:：]?$/i;
/**
 * A reviewer's or an editor's label set apart from its "by" ("Medically reviewed" " by " "Kim
 * Rose-Francis", Healthline's): the names after that "by" are not the author's.
 */
const NOT_AUTHOR_LABEL = /(?:reviewed|fact[- ]?checked|edited|verified|illustrated|photographed)$/i;

/**
 * The lines just under the heading (and a few above it), where a page writes its byline and
 * date whatever its markup: "By Dr. Vahid Osman - Mar 27, 2024", "Posted on Nov 21, 2018",
 * "Updated: Dec 17, 2025, 21:47 IST". The first date among them, and the names after a
 * "By" label.
 */
export function readHeaderLines(heading: Element): VisibleMetadata {
  const doc = heading.ownerDocument;
  // Each line with its text node: a date in figures that reads either way ("03/01/2017") is
  // read from its <time>'s datetime.
  const lines: { text: string; node: Node }[] = [];
  const after = doc.createTreeWalker(doc.body ?? heading, 4 /* SHOW_TEXT */, skipUnseen);
  after.currentNode = heading;
  let passed = 0;
  const commentsMemo = new Map<Element, boolean>();
  for (
    let node = after.nextNode(), n = 0;
    node && n < HEADER_LINES_AFTER && passed++ < MAX_TEXT_NODES;
    node = after.nextNode()
  ) {
    const text = normalizeSpace(node.nodeValue ?? '');
    if (!text) continue;
    n++;
    if (text.length >= BODY_TEXT) break;
    if (node.parentElement && inComments(node.parentElement, commentsMemo)) break;
    if (!heading.contains(node) && text.length <= MAX_HEADER_LINE) lines.push({ text, node });
  }
  const before = doc.createTreeWalker(doc.body ?? heading, 4 /* SHOW_TEXT */, skipUnseen);
  before.currentNode = heading;
  const above: { text: string; node: Node }[] = [];
  passed = 0;
  for (
    let node = before.previousNode(), n = 0;
    node && n < HEADER_LINES_BEFORE && passed++ < MAX_TEXT_NODES / 4;
    node = before.previousNode()
  ) {
    const text = normalizeSpace(node.nodeValue ?? '');
    if (!text) continue;
    n++;
    if (text.length >= BODY_TEXT) break;
    if (text.length <= MAX_HEADER_LINE) above.unshift({ text, node });
  }
  // A card's lines of another post, listed above or below the heading, are that post's.
  const headerLines = [...lines, ...above].filter((line) => !inCardLink(line.node));
  let publishedTime: string | undefined;
  for (const line of headerLines) {
    publishedTime = lineDate(line.text, line.node);
    if (publishedTime) break;
  }
  // A topic link's text is no line of the byline: "By" [Wedding Checklists] [Naoise McNally].
  const all = headerLines.filter((line) => !inTopicLink(line.node)).map((line) => line.text);
  let byline: string | undefined;
  for (let i = 0; i < all.length && !byline; i++) {
    const line = all[i] as string;
    const bareLabel = CREDIT_LABEL.test(line);
    if (!bareLabel && !CREDIT_LINE.test(line)) continue;
    if (NOT_AUTHOR_LABEL.test(all[i - 1] ?? '')) continue;
    // "By Dr. Vahid Osman - Mar 27, 2024": the name, without what follows a dash or a bar.
    const rest = bareLabel
      ? ''
      : (line
          .replace(LABEL, '')
          .split(/ [-–—|·] /)[0]
          ?.trim() ?? '');
    if (rest) {
      const candidate = namesBeforeRole(cleanByline(withoutTrailer(rest)));
      if (candidate) byline = candidate;
      continue;
    }
    // "By" alone, the names in the pieces after it: "Jared Newman" "and" "Sam Singleton".
    const names: string[] = [];
    for (let j = i + 1; j < all.length; j++) {
      const piece = all[j] as string;
      if (CONNECTOR.test(piece)) continue;
      const name = cleanByline(withoutTrailer(piece));
      if (!name || !isName(name)) break;
      names.push(name);
      if (!CONNECTOR.test(all[j + 1] ?? '')) break;
    }
    if (names.length) byline = names.join(', ');
  }
  const titles = `${normalizeSpace(heading.textContent ?? '')} ${normalizeSpace(doc.title ?? '')}`.toLowerCase();
  // No credit label: a name shown under the heading beside its own picture (an author's avatar,
  // "2025-12-17 · [face] Trond Teigen") is the author's. Above the heading, or in a footer, pictures
  // named like that are the menu's ("For Mac", "Certificate – ISO"); in a run of boxes each with
  // its picture, they are things' names (ingredients, other recipes' cards).
  if (byline) return { byline, ...(publishedTime ? { publishedTime } : {}) };
  const pictured = lines.find(
    (line) =>
      !inTopicLink(line.node) &&
      line.text.includes(' ') &&
      isName(line.text) &&
      besideItsPicture(line, titles) &&
      !inElsewhere(line.node.parentElement as Element) &&
      !inPictureRun(line.node),
  )?.text;
  return {
    ...(pictured ? { byline: pictured, bylineBesidePicture: true } : {}),
    ...(publishedTime ? { publishedTime } : {}),
  };
}

/** A drawing's file: "/icons/chef.svg", "icon.svg?v=2". */
const ICON_FILE = /\.svg(?:[?#]|$)/i;

/** Boxes side by side, each with a picture, from which they are a gallery: cards, ingredients. */
const MIN_GALLERY = 3;
/** How deep a card sets its name: carousel › item › entry › thumb › link › name. */
const MAX_CARD_DEPTH = 6;

/**
 * Whether a line stands in one of a run of boxes that each hold a picture (other recipes' cards, a
 * list of ingredients or tools with their photos): a thing's name beside its photo, not an author
 * beside a face. Looked for up to MAX_CARD_DEPTH levels above the line.
 */
function inPictureRun(node: Node): boolean {
  let box = node.parentElement;
  for (let depth = 0; box?.parentElement && depth < MAX_CARD_DEPTH; depth++, box = box.parentElement) {
    let run = 0;
    for (const sibling of box.parentElement.children) {
      if (sibling.tagName === box.tagName && sibling.getElementsByTagName('img').length > 0) run++;
      if (run >= MIN_GALLERY) return true;
    }
  }
  return false;
}

/** Text around a name and its picture, at most: a row of the header, not a section. */
const MAX_AVATAR_ROW = 200;
/** A picture larger than this (by its declared size) shows a subject, not an avatar. */
const MAX_AVATAR_SIZE = 150;

/** Levels above a name its avatar's box may be (the name's line › its block › the card › the row). */
const AVATAR_ROW_LEVELS = 4;
/** The same for a name set as a heading. */
const HEADING_AVATAR_ROW_LEVELS = 3;

/**
 * Whether a header line's name has its own small picture beside it, described by the same name:
 * an avatar. Not a figure's photo captioned with the name of the person it shows.
 */
function besideItsPicture(line: { text: string; node: Node }, titles: string): boolean {
  const name = line.text.toLowerCase();
  // The dish or product the page is about, its photo described with its name: not a person.
  if (titles.includes(name)) return false;
  let row = line.node.parentElement;
  // A heading is looked at nearer: a card's title has its picture a few boxes off ("Adobe
  // Photoshop Elements" over a course's logo), where a chef's name heads their own link.
  const levels = row?.closest('h1, h2, h3, h4, h5, h6') ? HEADING_AVATAR_ROW_LEVELS : AVATAR_ROW_LEVELS;
  for (let depth = 0; row && depth < levels; depth++, row = row.parentElement) {
    if (row.tagName === 'FIGURE' || (row.textContent?.length ?? 0) > MAX_AVATAR_ROW) return false;
    for (const img of row.getElementsByTagName('img')) {
      const size = Math.max(Number(img.getAttribute('width')) || 0, Number(img.getAttribute('height')) || 0);
      // An icon (a drawing, "icon-finished-product.svg") labels a field; a face is a photo.
      if (ICON_FILE.test(img.getAttribute('src') ?? '')) continue;
      // Described by the name, or by the name and the role ("Juliette Carreiro, Ironhack Tech Writer").
      const alt = normalizeSpace(img.getAttribute('alt') ?? '').toLowerCase();
      if (size <= MAX_AVATAR_SIZE && (alt === name || alt.startsWith(`${name}, `))) return true;
    }
  }
  return false;
}

/** A header line's date: as written, or, when the words do not say it, its <time>'s datetime. */
function lineDate(text: string, node: Node): string | undefined {
  const written = parseWrittenDate(text);
  if (written) return written;
  const parent = node.parentElement;
  return parent?.tagName === 'TIME' ? datetimeOf(parent) : undefined;
}

function datetimeOf(el: Element): string | undefined {
  const value = el.getAttribute('datetime') ?? el.getAttribute('content');
  return value ? parseWrittenDate(value) : undefined;
}

/** An author's own page: /authors/trevor-jackins, /author/jane-doe/, /people/ada-lovelace. */
const AUTHOR_PAGE = /\/(?:authors?|people|writers?|contributors?|profiles?)\/([a-z0-9-]+)\/?$/i;

/**
 * The last way to a byline, when nothing else names the author: a link to an author's own page
 * whose words are the page's address ("Trevor Jackins" → /authors/trevor-jackins), a sure sign
 * of a name wherever the page puts it (a sidebar card, under the article).
 */
export function authorPageLink(links: Element[]): string | undefined {
  for (const link of links) {
    const slug = AUTHOR_PAGE.exec(link.getAttribute('href')?.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
    if (!slug) continue;
    const text = normalizeSpace(link.textContent ?? '');
    const words = text.toLowerCase().split(' ');
    if (words.length < 2 || words.length > 4 || /\d/.test(text)) continue;
    const asSlug = words.map((w) => [...w.normalize('NFKD')].filter((c) => /[a-z0-9]/.test(c)).join('')).join('-');
    if (asSlug === slug) return text;
  }
  return undefined;
}

/**
 * A credit that names its label plainly wherever it stands: "Written by …", "All articles by …",
 * "Author:", or "Author" alone, the name in the next text.
 */
const PAGE_CREDIT =
  /^(?:(?:written|posted|authored|article|words|story)\s+by\b|all\s+(?:articles|posts|stories)\s+by\b|authors?\s*(?:[:：]|$))[:\s]*/i;
/** Initials standing in for a portrait: "CP", "J" (only between a label and its value). */
const MONOGRAM = /^\p{Lu}{1,3}$/u;
/** Text nodes read at most: the credit of a long page is in its first part or in its author card. */
const LABEL_SCAN_LIMIT = 20_000;

/**
 * The first value a plainly labelled line gives anywhere on the page, in document order: the
 * label and its value in one text ("Written by Ann Lee"), or the label alone with the value in
 * the next text. `read` turns what follows a label into the value, or passes it over.
 */
function labelledOnPage(
  doc: Document,
  label: RegExp,
  maxLine: number,
  read: (rest: string, node: Node) => string | undefined,
): string | undefined {
  if (!doc.body) return undefined;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, skipUnseen);
  let labelled = false;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < LABEL_SCAN_LIMIT; node = walker.nextNode(), seen++) {
    const raw = node.nodeValue ?? '';
    // Most of a page's text is no label: passed without making a normalized copy of it.
    if (!labelled && !label.test(raw.trimStart())) continue;
    const text = normalizeSpace(raw);
    if (!text) continue;
    let rest: string | undefined;
    // An avatar's initials between a label alone and the name ("Author" "CP" "Chengcheng Pei").
    if (labelled && MONOGRAM.test(text)) continue;
    if (labelled) rest = text;
    else if (text.length <= maxLine) rest = text.replace(label, '');
    if (rest === undefined) continue;
    if (!rest) {
      // The label alone, the value in the next text ("Written by" <a>Jack Shepherd</a>); but not
      // a label inside a sentence ("a library written by <a>Matthew Barnett</a> in C"): the label
      // opens its element's text.
      labelled = normalizeSpace(node.parentElement?.textContent ?? '').startsWith(text);
      continue;
    }
    labelled = false;
    const value = read(rest, node);
    if (value) return value;
  }
  return undefined;
}

/**
 * Also a last way to a byline: a credit line anywhere on the page ("Written by John Crenshaw" in
 * an author card after the article, "Article by" over the name, a field "Author" beside
 * "Published" in a box after the article), when nothing near the title or in the page's data
 * names the author; not in the comments. Only these plain labels: a bare "By …" is as often
 * "Powered by WordPress".
 */
export function creditLineOnPage(doc: Document): string | undefined {
  const commentsMemo = new Map<Element, boolean>();
  return labelledOnPage(doc, PAGE_CREDIT, 80, (rest, node) => {
    // A commenter's "Posted by: John" is no credit of the article's.
    if (node.parentElement && inComments(node.parentElement, commentsMemo)) return undefined;
    const name = cleanByline(rest);
    const words = name?.split(' ') ?? [];
    return name && words.length <= 5 && !/\d/.test(name) ? name : undefined;
  });
}

/** A date's own label, as pages print it before the date: "Posted on", "Published:". */
const PAGE_DATE_LABEL = /^(?:(?:first\s+)?published|posted)(?:\s+on)?\b\s*[:：]?\s*/i;
/** The label and its date are a short line ("Posted on April 13, 2023"), not a sentence. */
const MAX_DATE_LINE = 40;

/**
 * A last way to a date: a line that labels it plainly wherever it stands ("Posted on Nov 21,
 * 2018" under a standfirst, "Posted on April 13, 2023" after the article), when nothing near the
 * title or in the page's data gives one. Not in comments, related lists, sidebars or footers,
 * where every item has its own "Posted on". "Updated" is left out: it is not the publication.
 */
export function datedLineOnPage(doc: Document): string | undefined {
  return labelledOnPage(doc, PAGE_DATE_LABEL, MAX_DATE_LINE, (rest, node) => {
    if (rest.length > MAX_DATE_LINE || (node.parentElement && inElsewhere(node.parentElement))) return undefined;
    return parseWrittenDate(rest);
  });
}
