import { decodeUriOrAsWritten } from '../decode-uri';
import { descendantsWithTag, firstDescendant, isMediaElement } from './dom';
import { BYLINE_LABEL_LINE, CONTACT_LINE } from './patterns';
import { contentBlocks } from './post-clean';
import type { RemovalReport } from './report';
import { fileNameOf, pathOf } from './resolve-urls';
import { normalizeSpace } from './text';

/** How many blocks at each end of the article are looked at for its author's lines. */
const EDGE_BLOCKS = 4;
/** Longer than this, a block is the article's own closing paragraph, not a card's bio. */
const MAX_BIO = 600;
/**
 * At the end, where a card's bio opens with the author's name and goes on about them, it may
 * run longer ("Rebecca Norris is a full-time freelance writer… Over the past 10+ years…").
 */
const MAX_END_BIO = 1000;
/** Longer than this after the name and a comma, a line is a sentence, not a credential or role. */
const MAX_ROLE = 60;

/** What a card puts before the name: "About the author:", "Dr.", an opening bracket. */
function withoutCardLead(text: string): string {
  // (The text's spaces are single: no runs to match.)
  return text.replace(/^(?:about the author[:：]? ?|\(|(?:dr|prof)\. )/i, '');
}

/** What follows the author's name at the line's start (lower case), or undefined if it does not start with it. */
function afterName(text: string, names: string[]): string | undefined {
  const lower = withoutCardLead(text).toLowerCase();
  const name = nameAtStart(lower, names);
  return name === undefined ? undefined : lower.slice(name.length);
}

/**
 * The author's name a line (lower case) starts with: one of `names`, or one written with its first
 * name cut short, as a card may write it ("Matt Frankel, CFP, is…" under the byline "Matthew
 * Frankel").
 */
function nameAtStart(lower: string, names: string[]): string | undefined {
  const whole = names.find((n) => lower.startsWith(n));
  if (whole !== undefined) return whole;
  for (const name of names) {
    const space = name.indexOf(' ');
    if (space < 0) continue;
    const firstName = name.slice(0, space);
    const at = lower.indexOf(name.slice(space));
    if (at >= MIN_SHORT_FIRST_NAME && at < firstName.length && firstName.startsWith(lower.slice(0, at))) {
      return lower.slice(0, at + name.length - space);
    }
  }
  return undefined;
}

/** A first name cut short keeps this many letters at least ("Matt", "Chris"; not "M."). */
const MIN_SHORT_FIRST_NAME = 3;

/** The name alone, or with a credential or role after a comma ("Shelby Loos, DVM", "Tom Krisher, AP Auto Writer"). */
function isNameLine(text: string, names: string[]): boolean {
  const rest = afterName(text, names);
  return rest !== undefined && (rest === '' || (rest.startsWith(', ') && rest.length <= MAX_ROLE));
}

/**
 * A paragraph about the author that starts with their name ("Mirel Zaman is the health and fitness
 * director…"), `maxLength` characters at most (longer at the article's end: MAX_END_BIO).
 */
function isBio(text: string, names: string[], maxLength = MAX_BIO): boolean {
  const rest = afterName(text, names);
  return rest !== undefined && text.length <= maxLength && /^(?: is | was | has |['’]s )/.test(rest);
}

/**
 * The author's card at the article's end: a paragraph that opens with a person's full name and goes on
 * about them in any words ("Ashley Biancuzzo manages all laptop coverage…", "Isabella Tabacchi
 * stands as…", "Geri Mileva, an experienced IP network engineer…"), or with their first name and
 * a verb ("Rebecca has been a journalist…", "Karina holds a Global Executive MBA…"). Another
 * person who shares the first name ("Rebecca Smith said…", "Rebecca, the CEO, …") is not the author.
 */
function isEndBio(text: string, names: string[]): boolean {
  if (text.length > MAX_END_BIO) return false;
  // A news agency's or a company's name opens the article's own last lines too ("Reuters could
  // not verify…"): for such a byline, only "is", "was" or "has" after it.
  const people = names.filter(isPersonName);
  const rest = asWrittenAfterName(text, people);
  if (rest !== undefined) return /^(?: \p{Ll}|['’]s |, )/u.test(rest);
  if (isBio(text, names, MAX_END_BIO)) return true;
  if (text.length < MIN_FIRST_NAME_BIO) return false;
  const firstNames = people.map((name) => name.split(' ')[0] as string);
  const afterFirstName = asWrittenAfterName(text, firstNames);
  return afterFirstName !== undefined && /^ \p{Ll}/u.test(afterFirstName);
}

/** A person's name has at most this many words ("Dr Marna van der Merwe"). */
const MAX_NAME_WORDS = 5;
/** Shorter than this, a line after the author's first name is a sign-off ("Annette xxx"), not a bio. */
const MIN_FIRST_NAME_BIO = 40;
/** Words of a byline that names a team or a company, whose first word is no one's first name. */
const ORGANIZATION_WORD =
  /^(?:the|a|an|our|team|staff|editors?|editorial|official|news|desk|media|press|group|inc|llc|ltd|company|magazine|blog)$/;

/**
 * A person's name (lower case) of two to five words: "rebecca edwards", "dr marna van der merwe";
 * not "the water coolest", "qcy official" or "recharged editorial team", whose first word starts
 * the article's own closing lines ("The bottom line…", "QCY is already embracing…").
 */
function isPersonName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= MAX_NAME_WORDS && !words.some((word) => ORGANIZATION_WORD.test(word));
}

/** What follows the author's name at the line's start, in its own case (a verb, or another person's surname). */
function asWrittenAfterName(text: string, names: string[]): string | undefined {
  const line = withoutCardLead(text);
  const lower = line.toLowerCase();
  // (Lower-casing may change a length: "İ". Such a line is not compared.)
  if (lower.length !== line.length) return undefined;
  const name = nameAtStart(lower, names);
  return name === undefined ? undefined : line.slice(name.length);
}

/**
 * A card's paragraph about the author at the start, by their first name ("Anurag is an experienced
 * journalist…", "Archie is a writer from South London."), as the cards sites put over the article
 * say it. A paragraph that starts with the full name is kept there: a guest post's introduction
 * of its writer ("Craig McCarthy is Digital Archive Manager at…") is the article's.
 */
function isFirstNameBio(text: string, names: string[]): boolean {
  const firstNames = names.filter((name) => name.includes(' ')).map((name) => name.split(' ')[0] as string);
  return isBio(text, firstNames) && !isBio(text, names);
}

/**
 * A block of pictures only, each of the author: described by their name ("Brian Jenney", "Shelby
 * Loos, DVM"), with their name in its file's name ("mike-marshall-avatar.jpg",
 * "Jeff-Cobb-Headshot-2.jpg"; a name of two words at least, so that "lauren.jpg" is not Lauren's),
 * or linked to their page by it ("…/author/anurag-singh/": a face named only "4").
 */
function isAuthorPicture(block: Element, names: string[]): boolean {
  const images = descendantsWithTag(block, 'IMG');
  const otherMedia = firstDescendant(
    block,
    (el) => el.tagName !== 'IMG' && el.tagName !== 'PICTURE' && isMediaElement(el),
  );
  if (images.length === 0 || otherMedia) return false;
  return images.every((img) => {
    if (isNameLine(normalizeSpace(img.getAttribute('alt') ?? ''), names)) return true;
    const file = fileNameWords(img.getAttribute('src') ?? '');
    const page = asWords(pathOf(img.closest('a')?.getAttribute('href') ?? ''));
    return names.some(
      (name) => name.includes(' ') && (` ${file} `.includes(` ${name} `) || ` ${page}`.endsWith(` ${name}`)),
    );
  });
}

/** "…/2025/05/Mike-Marshall_avatar.jpg?w=96" → "mike marshall avatar jpg". */
function fileNameWords(src: string): string {
  return asWords(decodeUriOrAsWritten(fileNameOf(src)));
}

/** "Mike-Marshall_avatar.jpg", "author/anurag-singh/" → "mike marshall avatar jpg", "author anurag singh". */
function asWords(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-_./+\s]+/g, ' ')
    .trim();
}

/**
 * The author's lines the header already shows: at the start, their name again (with a role: "Tom
 * Krisher, AP Auto Writer", "Associated Press"); at the end, their card (the name, and a paragraph
 * about them that starts with it: "Isabella Tabacchi’s lens…"), repeated under every article.
 * Found by the byline the page gave, not by words: a line that mentions the author elsewhere than
 * at its start stays, and so does a paragraph about them at the start by their full name (a guest
 * post's introduction); by their first name it is a card's (isFirstNameBio).
 */
export function removeAuthorCard(container: Element, byline: string | undefined, report: RemovalReport): void {
  if (!byline) return;
  // The byline's names as it lists them ("Meg Kinnard and Errin Haines, Associated Press" is the
  // line that repeats it), then each author's of a pair ("Manoj Jain and Jagpreet Chhatwal": each
  // has a card). The longer first: a line is matched by the first name it starts with.
  const listed = byline.split(', ').map((name) => name.toLowerCase());
  const names = [...new Set([...listed, ...listed.flatMap((name) => name.split(/ and | & /))])].filter(Boolean);
  // With the links around pictures alone: an author's face linked to their page is a block here.
  const blocks = contentBlocks(container, true);
  // (A set, not isConnected: the container itself is not in a document.)
  const removed = new Set<Element>();
  // Each block's text, read when first looked at: only the edges are.
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let text = texts.get(el);
    if (text === undefined) {
      text = normalizeSpace(el.textContent ?? '');
      texts.set(el, text);
    }
    return text;
  };
  // A block may be judged with the next block's text that has any (an avatar between them has
  // none), read only if the rule asks for it.
  const removeAtEdge = (edge: Element[], isAuthorLine: (text: string, next: () => string) => boolean) => {
    let looked = 0;
    for (const [i, el] of edge.entries()) {
      if (looked === EDGE_BLOCKS) return;
      const text = textOf(el);
      if (removed.has(el)) continue;
      if (!text) {
        // The author's picture (its description is their name): their face beside the header's byline.
        if (isAuthorPicture(el, names)) {
          removed.add(el);
          report.remove('post-clean', 'author picture', el);
        }
        continue;
      }
      const next = () => {
        const block = edge.slice(i + 1, i + 1 + EDGE_BLOCKS).find((b) => textOf(b));
        return block ? textOf(block) : '';
      };
      if (isAuthorLine(text, next)) {
        removed.add(el);
        report.remove('post-clean', 'author line', el);
      } else looked++;
    }
  };
  // "By" in a block of its own ("<h1>By</h1>" before the name's link) goes with the name.
  removeAtEdge(
    blocks,
    (text, next) =>
      isNameLine(text, names) ||
      isFirstNameBio(text, names) ||
      CONTACT_LINE.test(text) ||
      (BYLINE_LABEL_LINE.test(text) && isNameLine(next(), names)),
  );
  removeAtEdge(blocks.reverse(), (text) => isNameLine(text, names) || isEndBio(text, names) || CONTACT_LINE.test(text));
}
