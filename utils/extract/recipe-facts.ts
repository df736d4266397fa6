import { descendantElements, firstDescendant } from './dom';
import { NON_CONTENT } from './pre-clean';
import { listStart, measureTree, type RecipePart } from './recipe';
import type { RecipeText } from './recipe-data';
import { normalizeSpace } from './text';

/**
 * A recipe card's facts: what it makes and how long it takes ("Yield 2 servings", "Prep 10 mins
 * · Bake 45 mins · Total 20 hrs 25 mins"), and the summary under its name. Cards set them in
 * the card's header, with the rating, the print and pin buttons and the name, and that header
 * goes with the buttons: Readability drops a block named "…-header", a page's first article
 * box, or a block that is mostly buttons. On the recipe-scrapers project's test pages that show
 * the recipe's yield in the words of its data, 154 of 382 articles had lost it; the lists came
 * back (recipe.ts), the servings and times did not.
 *
 * The page's data says what to look for (recipe-data.ts): the yield's words, the times as a card
 * writes minutes and hours, the summary's first words. Before the cleaning steps, the small
 * blocks that show them, outside the lists, are copied (takeRecipeFacts). After Readability,
 * those the article does not hold go before the ingredients (restoreRecipeFacts).
 */
export interface RecipeFact {
  /** Its letters and digits, to tell whether the article holds it. */
  key: string;
  copy: Element;
}

/** Letters and digits alone: "10 mins" is "10mins", "2 servings" "2servings". */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** A block of facts holds at most this many letters and digits (a card's times, servings, course, cuisine). */
const MAX_FACTS = 200;
/** The summary is found by its first letters and digits, at least this many of them. */
const DESCRIPTION_KEY = 80;
const MIN_DESCRIPTION_KEY = 20;
/** A summary's element holds at most this many letters and digits (each element's are measured up to it). */
const MAX_SUMMARY = 1200;
/** A block of facts is at most this many boxes round the element that shows one… */
const MAX_FACTS_LEVELS = 4;
/** …and holds at most this many elements (a row of times with their labels and icons' parts). */
const MAX_FACTS_ELEMENTS = 100;
/** A sentence's end: a block of facts is a list of labels and values, a step or a comment is prose. */
const SENTENCE = /\p{L}[.!?。！？](?:\s|$)/u;
/** Any time in letters and digits ("1hr", the hour of "1 hr 10 mins" whose minutes were a fact's). */
const ANY_TIME = /\d{1,4}(?:hours?|hrs?|h|minutes?|mins?)/g;
/** A block of times holds at least this many letters and digits besides them: a label. */
const MIN_LABEL = 3;
/** A fact shown in more places than this is not the card's (a number in every paragraph). */
const MAX_MATCHES = 3;
/** The summary is the card's when it and a block of facts share a box this many levels above it. */
const SUMMARY_LEVELS = 3;
/** A block of facts stops growing at a box holding one of these beside it: the card's name, its buttons' links, prose. */
const NOT_FACTS = new Set(['A', 'P', 'FORM', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const HOUR_UNITS = ['h', 'hr', 'hrs', 'hour', 'hours'];
const MINUTE_UNITS = ['min', 'mins', 'minute', 'minutes'];

/** The ways a card writes a time ("45 mins", "1 hr 20 mins", "2 hours"), as letters and digits. */
function timeKeys(minutes: number): string[] {
  const keys = MINUTE_UNITS.map((unit) => `${minutes}${unit}`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours > 0) {
    for (const hourUnit of HOUR_UNITS) {
      if (rest === 0) keys.push(`${hours}${hourUnit}`);
      else for (const unit of MINUTE_UNITS) keys.push(`${hours}${hourUnit}${rest}${unit}`);
    }
  }
  return keys;
}

/** Whether `text` holds one of `keys` not run on from a number ("10mins" is not in "110mins"). */
function holdsKey(text: string, keys: readonly string[]): boolean {
  return keys.some((key) => {
    const at = text.indexOf(key);
    return at === 0 || (at > 0 && !/\d/.test(text[at - 1] as string));
  });
}

/** The card's facts and summary as the page shows them, copied before any step changes the page. */
export function takeRecipeFacts(body: Element, recipe: RecipeText, parts: readonly RecipePart[]): RecipeFact[] {
  const made = recipe.yield ? wordsOf(recipe.yield) : '';
  const times = [...new Set(recipe.minutes ?? [])].map(timeKeys);
  const facts = made.length >= 3 ? [[made], ...times] : times;
  if (!facts.length || !parts.length) return [];
  const description = wordsOf(recipe.description ?? '');
  const summary = description.slice(0, DESCRIPTION_KEY);
  const { letters: texts, contains } = measureTree(
    body,
    Math.min(MAX_SUMMARY, Math.max(MAX_FACTS, description.length + MAX_FACTS)),
    wordsOf,
  );
  const inLists = (el: Element) =>
    parts.some((part) => part.shown.some((shown) => shown === el || contains(shown, el)));

  // Each fact's deepest elements (children come before parents in the measure).
  const blocks: Element[] = [];
  for (const keys of facts) {
    const found: Element[] = [];
    for (const [el, text] of texts) {
      if (text === null || text.length > MAX_FACTS || !holdsKey(text, keys)) continue;
      if (found.some((f) => contains(el, f))) continue;
      found.push(el);
      if (found.length > MAX_MATCHES) break;
    }
    if (found.length > MAX_MATCHES) continue;
    for (const el of found) if (!inLists(el) && holdsFewElements(el)) blocks.push(factsBlock(el, body, texts));
  }
  // The widest blocks, each once, in the page's order.
  const widest = [...new Set(blocks)].filter((b) => !blocks.some((other) => other !== b && contains(other, b)));
  widest.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));

  const taken: RecipeFact[] = [];
  const summaryBlock =
    summary.length >= MIN_DESCRIPTION_KEY ? findSummary(texts, summary, widest, contains, inLists) : undefined;
  if (summaryBlock) {
    const p = body.ownerDocument.createElement('p');
    p.textContent = normalizeSpace(summaryBlock.textContent ?? '');
    taken.push({ key: summary, copy: p });
  }
  for (const block of widest) {
    const copy = cleanFactsCopy(block);
    const key = wordsOf(copy.textContent ?? '');
    if (key && !SENTENCE.test(normalizeSpace(copy.textContent ?? '')) && isLabelled(key, times))
      taken.push({ key, copy });
  }
  return taken;
}

/**
 * Whether a block says what its times are: "Prep 10 mins", not "10 mins" alone (a teaser's
 * badge, a step's timer). Its letters and digits, less the times', are a label's few letters.
 */
function isLabelled(key: string, times: readonly string[][]): boolean {
  let rest = key;
  for (const keys of times) {
    const found = keys.filter((k) => rest.includes(k)).sort((a, b) => b.length - a.length)[0];
    if (found) rest = rest.replace(found, '');
  }
  return rest.replace(ANY_TIME, '').length >= MIN_LABEL;
}

/** Whether `el` holds no more elements than a block of facts does (its copy carries them all). */
function holdsFewElements(el: Element): boolean {
  let elements = 0;
  return !firstDescendant(el, () => ++elements > MAX_FACTS_ELEMENTS);
}

/** From the element that shows a fact, up through the small boxes of facts round it (a card's row of times). */
function factsBlock(from: Element, body: Element, texts: Map<Element, string | null>): Element {
  let block = from;
  let level = 0;
  for (let up = from.parentElement; up && up !== body && level < MAX_FACTS_LEVELS; up = up.parentElement, level++) {
    const text = texts.get(up);
    if (text === null || text === undefined || text.length > MAX_FACTS) break;
    const inner = block;
    let elements = 0;
    const beyondFacts = (d: Element) =>
      ++elements > MAX_FACTS_ELEMENTS || (NOT_FACTS.has(d.tagName) && !inner.contains(d));
    if (firstDescendant(up, beyondFacts)) break;
    block = up;
  }
  return block;
}

/**
 * The element that shows the summary, widened over the boxes that hold only it; only when a
 * block of facts is beside it (the card's header), not the post's own opening or standfirst.
 */
function findSummary(
  texts: Map<Element, string | null>,
  summary: string,
  factBlocks: readonly Element[],
  contains: (outer: Element, inner: Element) => boolean,
  inLists: (el: Element) => boolean,
): Element | undefined {
  let found: Element | undefined;
  for (const [el, text] of texts) {
    if (text?.includes(summary)) {
      found = el;
      break;
    }
  }
  if (!found || inLists(found)) return undefined;
  while (found.parentElement && texts.get(found.parentElement) === texts.get(found)) found = found.parentElement;
  let box: Element | null = found;
  for (let level = 0; box && level < SUMMARY_LEVELS; level++) {
    box = box.parentElement;
    const card = box;
    if (card && factBlocks.some((block) => contains(card, block))) return found;
  }
  return undefined;
}

/**
 * A copy without controls, scripts and icons, nor what the page hides from screen readers: a card
 * writes "10<span class="sr-only"> minutes</span> <span aria-hidden="true">mins</span>", and the
 * reader would show "10 minutes mins".
 */
function cleanFactsCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const inner of descendantElements(copy)) {
    if (NON_CONTENT.has(inner.tagName) || inner.tagName === 'IMG' || inner.getAttribute('aria-hidden') === 'true')
      inner.remove();
  }
  return copy;
}

/**
 * Puts the facts the article does not hold before its ingredients (or its steps, with no
 * ingredients). Returns how many it put back.
 */
export function restoreRecipeFacts(
  container: Element,
  facts: readonly RecipeFact[],
  parts: readonly RecipePart[],
): number {
  if (!facts.length) return 0;
  const list = parts.find((part) => part.kind === 'ingredients') ?? parts.find((part) => part.kind === 'steps');
  const before = list && listStart(container, list);
  if (!before) return 0;
  // What the article holds, and the facts put back before each (a page may show the times twice).
  let held = wordsOf(container.textContent ?? '');
  const missing = facts.filter((fact) => {
    if (held.includes(fact.key)) return false;
    held += ` ${fact.key}`;
    return true;
  });
  before.before(...missing.map((fact) => fact.copy.cloneNode(true)));
  return missing.length;
}
