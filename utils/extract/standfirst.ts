import { titleWords } from './metadata';
import { BLOCK } from './plain-text';
import { normalizeSpace } from './text';
import { skipUnseen } from './visible-metadata';
import { parseWrittenDate } from './written-date';

/**
 * The standfirst: the sentence or two a page sets under its title to sum the article up (a news
 * deck, a blog's subtitle, Substack's `h3.subtitle`). Pages keep it in the header, beside the
 * title, not among the article's paragraphs, so the extraction leaves it out with the rest of the
 * header; the reader shows it under the title instead. It is told from the header's other lines
 * by what the page says of itself: it is the page's description (`<meta name="description">`),
 * in full or cut short by the site. Failing that, by its name: a line right under the heading
 * that the page marks as its dek, subtitle or strapline.
 */

/** Non-blank text nodes read after the heading: the standfirst is among the header's lines. */
const LINES_AFTER_HEADING = 30;
/** Text nodes passed at most, blank ones included. */
const MAX_TEXT_NODES = 300;
/** A block longer than this (in characters) is not a standfirst, whatever it says. */
const MAX_STANDFIRST = 600;
/** Fewer words than this, a line that equals the description is a label, not a summary. */
const MIN_WORDS = 3;
/**
 * A standfirst and a description of which one is the start of the other (the description cut
 * short with "…", or saying a sentence more) agree when the shared start is this many words.
 */
const MIN_SHARED_START = 8;
/**
 * A line and a description of this many words or more that share this share of their words
 * (counted against the longer) say the same, reworded a little: "statistical-correlation
 * machines" shown, "machine" in the description; the same two phrases in the other order.
 */
const MIN_REWORDED_WORDS = 5;
const MIN_SHARED_WORDS = 0.8;
/** Lines right under the heading where a marked standfirst is looked for. */
const MARKED_LINES = 6;
/** A marked standfirst has at least this many words (a shorter line is a label or a kicker). */
const MIN_MARKED_WORDS = 4;
/**
 * A class or id that names a standfirst ("dek", "article__subhead", "sub-title", React's
 * "ArticleDek_root__P3leE"). Not "summary", "excerpt" or "intro": pages give those names to
 * their authors' blurbs, their AI-summary buttons and their newsletter boxes as well.
 */
const STANDFIRST_MARK =
  /(?:^|[\s_-])(?:dek|deck|standfirst|strapline|sub-?title|sub-?head(?:line|er)?)(?:$|[\s_-])|[a-z](?:Dek|Standfirst|Subtitle|Subhead)(?:$|[\s_A-Z-])/;
/** Not a line of the header's own: a link's text, a list's item, a menu's or a button's words. */
const NOT_A_HEADER_LINE = new Set(['A', 'LI', 'NAV', 'BUTTON', 'LABEL', 'FIGCAPTION', 'BLOCKQUOTE']);

/**
 * The standfirst after the article's heading, in the page's words, or undefined. `descriptions`:
 * the page's own summaries (its description, og:description, twitter:description), which often
 * differ: the visible line may be any one of them.
 */
export function findStandfirst(heading: Element, descriptions: (string | undefined)[]): string | undefined {
  // Only their start can match a line of at most MAX_STANDFIRST characters (a hostile page's
  // description may be megabytes).
  const wanted = descriptions
    .map((description) => titleWords((description ?? '').slice(0, MAX_STANDFIRST * 2)))
    .filter((words) => words.length >= MIN_WORDS);
  const doc = heading.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? heading, 4 /* SHOW_TEXT */, skipUnseen);
  walker.currentNode = heading;
  const looked = new Set<Element>();
  let reworded: string | undefined;
  let marked: string | undefined;
  let lines = 0;
  // The heading's own text comes first in the walk; once past it, nothing is inside it again.
  let inHeading = true;
  for (let node = walker.nextNode(), passed = 0; node && passed < MAX_TEXT_NODES; node = walker.nextNode(), passed++) {
    if (inHeading && heading.contains(node)) continue;
    inHeading = false;
    if (!normalizeSpace(node.nodeValue ?? '')) continue;
    if (++lines > LINES_AFTER_HEADING) break;
    const block = blockOf(node);
    if (!block || looked.has(block) || isWithin(block, NOT_A_HEADER_LINE)) continue;
    looked.add(block);
    const text = normalizeSpace(boundedText(block, MAX_STANDFIRST) ?? '');
    const words = text ? titleWords(text) : [];
    if (words.length < MIN_WORDS) continue;
    if (wanted.some((w) => saysTheSame(words, w))) return text;
    reworded ??= wanted.some((w) => sharesWords(words, w)) ? text : undefined;
    // (A dated line so marked is the header's dateline: "JANIE HAR Nov. 20, 2019 Updated: …".)
    if (
      lines <= MARKED_LINES &&
      words.length >= MIN_MARKED_WORDS &&
      isMarkedStandfirst(block) &&
      !parseWrittenDate(text)
    ) {
      marked ??= text;
    }
  }
  // A line that says a description word for word wins over one that rewords it: the summary's
  // own paragraph, not its box that adds a label ("Summary: Wondering how…").
  return reworded ?? marked;
}

/** The block, or the element around it, is named as a standfirst, and links nowhere. */
function isMarkedStandfirst(block: Element): boolean {
  if (block.getElementsByTagName('a').length) return false;
  return [block, block.parentElement].some((el) => {
    const names = el ? `${el.getAttribute('class') ?? ''} ${el.id}` : '';
    // Lower-cased as well, for "Subtitle"; as written, for React's camel case.
    return names.length < 300 && (STANDFIRST_MARK.test(names) || STANDFIRST_MARK.test(names.toLowerCase()));
  });
}

/** The element or one of its ancestors has one of the tags (a loop: jsdom's `closest` with a
 * list of selectors cost a millisecond a page here). */
function isWithin(el: Element, tags: Set<string>): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) if (tags.has(at.tagName)) return true;
  return false;
}

/** The nearest element around the text that is a block of its own. */
function blockOf(node: Node): Element | undefined {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK.test(el.tagName)) return el;
  }
  return undefined;
}

/** The element's text, or undefined once it passes `max` characters (a wrapper of the article). */
function boundedText(el: Element, max: number): string | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */, skipUnseen);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
    if (text.length > max * 2) return undefined;
  }
  return normalizeSpace(text).length > max ? undefined : text;
}

/**
 * The line's words and the description's are the same, or one starts the other. A description
 * shorter than the line was cut by the site, maybe mid-word ("…onboarding for sev"): its last
 * word is not compared.
 */
function saysTheSame(words: string[], wanted: string[]): boolean {
  if (words.length === wanted.length) return words.every((word, i) => word === wanted[i]);
  const shared = words.length > wanted.length ? wanted.length - 1 : words.length;
  if (shared < MIN_SHARED_START) return false;
  for (let i = 0; i < shared; i++) if (words[i] !== wanted[i]) return false;
  return true;
}

/** The line and the description share most of their words, in any order (see MIN_SHARED_WORDS). */
function sharesWords(words: string[], wanted: string[]): boolean {
  const longer = Math.max(words.length, wanted.length);
  // Lengths too far apart share too little whatever the words (most lines, at no cost).
  if (Math.min(words.length, wanted.length) < Math.max(MIN_REWORDED_WORDS, MIN_SHARED_WORDS * longer)) return false;
  const left = new Map<string, number>();
  for (const word of wanted) left.set(word, (left.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of words) {
    const count = left.get(word) ?? 0;
    if (count > 0) {
      shared++;
      left.set(word, count - 1);
    }
  }
  return shared >= MIN_SHARED_WORDS * longer;
}

/** How far into the article's text a standfirst it already holds is looked for (characters). */
const OPENING_LENGTH = 3000;

/**
 * The standfirst the reader shows above the text: none when it is the title again or when the
 * article's opening already says it (a page whose first paragraph is its description).
 */
export function standfirstToShow(standfirst: string | undefined, title: string, text: string): string | undefined {
  if (!standfirst) return undefined;
  const words = titleWords(standfirst).join(' ');
  if (words === titleWords(title).join(' ')) return undefined;
  const opening = titleWords(text.slice(0, OPENING_LENGTH + standfirst.length)).join(' ');
  return opening.includes(words) ? undefined : standfirst;
}
