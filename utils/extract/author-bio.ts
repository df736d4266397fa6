import { descendantsWithTag } from './dom';
import { normalizeSpace } from './text';
import { isName } from './visible-metadata';

/**
 * A last way to a byline: the author's card, which shows the name on a line of its own and then
 * a bio that opens with it and goes on about a person ("<h3>Alban Brooke</h3><p>Alban Brooke is the
 * Head of Marketing at Buzzsprout… He has recorded…</p>"), wherever the page puts it (a sidebar,
 * after the article); not a place's ("Memorial Park is home to… trails"). Only when the page
 * has one such card: a list of people ("25 photographers", each under a heading and described
 * as "Ansel Adams was…") names its subjects, not its author.
 */
export function authorOfBio(doc: Document): string | undefined {
  const found = new Set<string>();
  // A static list: jsdom answers a live collection's `length` by scanning it (the loop's test
  // made this quadratic: 2 s for a page of 8,000 paragraphs).
  const paragraphs = doc.body ? descendantsWithTag(doc.body, 'P') : [];
  let bios = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && found.size < 2 && bios < MAX_BIOS; i++) {
    const bio = paragraphs[i] as Element;
    const name = bioSubject(bio);
    if (!name) continue;
    bios++;
    if (nameLineBefore(bio, name) || namedPictureBefore(bio, name)) found.add(name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Paragraphs looked at, at most: a card is among a page's first thousands. */
const MAX_PARAGRAPHS = 5000;
/** Paragraphs that open like a bio whose card is looked for, at most (each card is searched). */
const MAX_BIOS = 50;
/** How a bio goes on after the name it opens with. */
const BIO_VERBS = [' is ', ' was ', ' has '];
/** The name is at most this long (four words of a person's name). */
const MAX_NAME = 50;
/** A card is small: its name and bio, a picture, a link or two. */
const MAX_CARD_TEXT = 2000;

/** How a bio speaks of its subject, a person, after its name. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'them']);
/** Of a bio, the part read for its pronouns. */
const BIO_HEAD = 600;

/** The full name a bio opens with: "Julia Gralberg" of "Julia Gralberg is a freelance travel writer…". */
function bioSubject(paragraph: Element): string | undefined {
  const head = paragraph.textContent?.slice(0, MAX_NAME * 2) ?? '';
  if (!BIO_VERBS.some((verb) => head.includes(verb))) return undefined;
  const text = normalizeSpace(head);
  const at = Math.min(...BIO_VERBS.map((verb) => text.indexOf(verb)).filter((i) => i > 0));
  const name = text.slice(0, at);
  const words = name.split(' ');
  const capitalized = words.every((word) => /^\p{Lu}/u.test(word));
  if (at > MAX_NAME || words.length < 2 || words.length > 4 || !capitalized || !isName(name)) return undefined;
  return speaksOfAPerson(paragraph) ? name : undefined;
}

function speaksOfAPerson(bio: Element): boolean {
  return normalizeSpace(bio.textContent?.slice(0, BIO_HEAD) ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => PERSONAL_PRONOUNS.has(word));
}

/**
 * Whether the bio follows the person's picture, described by their name: a card set in the
 * article's own column ("<p><img alt="Julia Gralberg"></p><p>Julia Gralberg is a freelance travel
 * writer…"), where the column is too long to be measured as a card.
 */
function namedPictureBefore(bio: Element, name: string): boolean {
  const before = bio.previousElementSibling;
  if (!before || normalizeSpace(before.textContent ?? '') !== '') return false;
  const wanted = name.toLowerCase();
  const pictures = before.tagName === 'IMG' ? [before] : descendantsWithTag(before, 'IMG');
  return pictures.some((img) => normalizeSpace(img.getAttribute('alt') ?? '').toLowerCase() === wanted);
}

/** Whether the bio's card shows the name on a line of its own before it. */
function nameLineBefore(bio: Element, name: string): boolean {
  let card: Element | null = bio.parentElement;
  for (let depth = 0; card && depth < 3; depth++, card = card.parentElement) {
    if ((card.textContent?.length ?? 0) > MAX_CARD_TEXT) return false;
    for (const line of card.querySelectorAll('*')) {
      if (line === bio) break;
      if (!line.contains(bio) && normalizeSpace(line.textContent ?? '') === name) return true;
    }
  }
  return false;
}
