import { descendantElements, descendantsWithTag, firstDescendant, HEADING_TAGS, isHeading, LIST_TAGS } from './dom';
import { isDeadLinkCommand, isScriptButton, NON_CONTENT, SCREEN_READER_ONLY_CLASS } from './pre-clean';
import type { RecipeText } from './recipe-data';

/**
 * A recipe's ingredients and steps, kept whole. Recipe cards lose their lists to every cleaning
 * rule there is: ingredient names linked to shops read as a list of links, checkbox labels as a
 * form's, a card set in an <aside> as a sidebar, a card below the comments as far from the prose;
 * and Readability may take the story above the card alone. Measured on 1,102 recipe pages (the
 * recipe-scrapers project's test pages), one page in five lost some of its ingredients.
 *
 * The page's JSON-LD says what the lists hold (recipe-data.ts). Before the cleaning steps, the
 * element that shows most of those texts is copied (takeRecipeParts); after Readability, a list
 * the article lost, whole or in part, is put back from that copy (restoreRecipeParts). Text is
 * compared by its letters alone: the page writes "½ cup" where its data says "1/2 cup", and
 * splits an ingredient into spans.
 */
export interface RecipePart {
  kind: 'ingredients' | 'steps';
  /** The letters of each item the page shows. */
  keys: string[];
  /** The list as the page had it, with its heading: cleaned, detached, ready to insert. */
  copy: Element;
  /** The page's own list, with its heading (recipe-facts.ts looks for the card's other lines outside them). */
  shown: Element[];
}

/** Items shorter than this (in letters) are matched only whole: "salt" is in every paragraph. */
const MIN_PARTIAL_KEY = 8;
/** The share of the items an element must hold to be the list, and of the list the article must hold. */
const LIST_SHARE = 0.8;
const KEPT_SHARE = 0.9;
/** An element holding this many letters more than twice an item's is not that item. */
const ITEM_SLACK = 40;
/** The most letters measured in one element: a list of 200 long steps, with room to spare. */
const MAX_MEASURED = 200_000;
/** A key matching more elements than this names no one item. */
const MAX_MATCHES = 12;
/** A list's letters are at most this many times its items' (notes, group names, headings). */
const MAX_LIST_SPREAD = 3;
/** A heading or a wrapper round the list adds no more than this many letters ("Ingredients", "1x 2x 3x"). */
const WRAPPER_LETTERS = 80;

const NOT_LETTER = /[^\p{L}]+/gu;

export function lettersOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_LETTER, '');
}

/** The recipe's lists as the page shows them, copied before any step changes the page. */
export function takeRecipeParts(body: Element, recipe: RecipeText): RecipePart[] {
  const parts: RecipePart[] = [];
  for (const [kind, items] of [
    ['ingredients', recipe.ingredients],
    ['steps', recipe.steps],
  ] as const) {
    const keys = [...new Set(items.map(lettersOf))].filter((key) => key.length >= 3);
    const found = findList(body, keys);
    if (!found) continue;
    const copy = body.ownerDocument.createElement('div');
    for (const el of found.withHeading) copy.append(cleanCopy(el));
    // Items the page shows only inside controls (a button per ingredient) leave no list behind;
    // a block many times longer than its items holds more than the list (a brewing log's tables).
    const copied = lettersOf(copy.textContent ?? '');
    if (found.keys.filter((key) => copied.includes(key)).length < found.keys.length * KEPT_SHARE) continue;
    if (copied.length > found.keys.join('').length * MAX_LIST_SPREAD + WRAPPER_LETTERS) continue;
    parts.push({ kind, keys: found.keys, copy, shown: found.withHeading });
  }
  return parts;
}

/**
 * Puts back what the article lost of the recipe's lists: a list it holds in part is replaced by
 * the page's whole list; a list it lacks goes where the article kept its headings alone, else
 * before the steps (ingredients) or after the ingredients (steps), else at the article's end.
 * Each part is looked for again after the one before it was put back, which may have moved it.
 * Returns how many lists it put back.
 */
export function restoreRecipeParts(container: Element, parts: readonly RecipePart[]): number {
  let restored = 0;
  const placed = new Map<RecipePart['kind'], Element[]>();
  for (const part of parts) {
    const found = findList(container, part.keys);
    if (found && found.keys.length >= part.keys.length * KEPT_SHARE) placed.set(part.kind, found.withHeading);
  }
  for (const part of parts) {
    if (placed.has(part.kind)) continue;
    const copy = [...part.copy.cloneNode(true).childNodes];
    const found = findList(container, part.keys);
    const other = placed.get(part.kind === 'ingredients' ? 'steps' : 'ingredients');
    const holdsOther = other?.some((el) => found?.withHeading.some((mine) => mine.contains(el)));
    const lone = found ? [] : loneHeadings(container, headingsOf(part.copy));
    if (found && !holdsOther && found.letters <= lettersOf(part.copy.textContent ?? '').length + WRAPPER_LETTERS) {
      // The article holds the list in part, and nothing else there: the page's whole list takes
      // its place. (Where the part it holds is in a larger block, the block stays as it is.)
      const [first, ...rest] = found.withHeading;
      first?.replaceWith(...copy);
      for (const el of rest) el.remove();
    } else if (found) {
      continue;
    } else if (lone.length) {
      // The article kept the list's headings without their items: the list goes where they were.
      lone[0]?.before(...copy);
      for (const heading of lone) heading.remove();
    } else if (other?.[0] && part.kind === 'ingredients') {
      other[0].before(...copy);
    } else if (other?.length && part.kind === 'steps') {
      other[other.length - 1]?.after(...copy);
    } else {
      lastBlockHolder(container).append(...copy);
    }
    placed.set(
      part.kind,
      copy.filter((node): node is Element => node.nodeType === 1),
    );
    restored++;
  }
  return restored;
}

/** The recipe's lists as the article shows them, with their headings: what later steps leave alone. */
export function recipeListsIn(container: Element, parts: readonly RecipePart[]): Element[] {
  return parts.flatMap((part) => findList(container, part.keys)?.withHeading ?? []);
}

/**
 * Where the article's list of the part starts, if it shows one: its heading, or the first of its
 * groups' (a card's "Ingredients", "For the coating" and its items, then "For the churros", the
 * group that holds most of the items and is the one found).
 */
export function listStart(container: Element, part: RecipePart): Element | undefined {
  let start = findList(container, part.keys)?.withHeading[0];
  if (!start) return undefined;
  const headings = headingsOf(part.copy);
  // A group is a list holding an item, not the story's paragraph that names one ("season with salt").
  const isGroup = (el: Element) => {
    if (isHeading(el)) return headings.has(lettersOf(el.textContent ?? ''));
    if (!LIST_TAGS.has(el.tagName) && !firstDescendant(el, (d) => LIST_TAGS.has(d.tagName))) return false;
    const letters = lettersOf(el.textContent ?? '');
    return part.keys.some((key) => key.length >= MIN_PARTIAL_KEY && letters.includes(key));
  };
  for (let before = start.previousElementSibling; before && isGroup(before); before = before.previousElementSibling)
    start = before;
  // A heading right over the first group's box heads them all ("Ingredients" over "For the coating").
  const over = start.previousElementSibling;
  return over && isHeading(over) && !isHeading(start) ? over : start;
}

interface FoundList {
  /** The list's element, preceded by its heading when the heading stands apart. */
  withHeading: Element[];
  /** The keys found in it. */
  keys: string[];
  /** How many letters it holds (Infinity: more than the measure reads). */
  letters: number;
}

/**
 * The element that holds most of the items: the deepest one holding LIST_SHARE of those the page
 * shows anywhere (the last such when the page shows the list twice: a post's "what you need"
 * above its recipe card), widened over the wrappers and header that add only a few letters.
 */
function findList(root: Element, keys: readonly string[]): FoundList | undefined {
  if (!keys.length) return undefined;
  // Long enough for the whole list with its wrappers: the list is measured too, not only its items.
  const cap = Math.min(MAX_MEASURED, keys.reduce((sum, key) => sum + key.length, 0) * 2 + WRAPPER_LETTERS * 4);
  const { letters, contains } = measureTree(root, cap);
  // Each key's deepest matches (an item's <li>, not also its list). A key that matches many
  // elements names no one item (a hostile page's thousand copies of one line).
  const matches = new Map<number, Element[]>();
  for (const [el, text] of letters) {
    if (text === null || text.length < 3) continue;
    keys.forEach((key, i) => {
      if (!isItem(text, key)) return;
      const list = matches.get(i) ?? [];
      if (list.length >= MAX_MATCHES || list.some((m) => contains(el, m))) return;
      list.push(el);
      matches.set(i, list);
    });
  }
  if (matches.size < Math.max(2, keys.length / 2)) return undefined;
  // How many distinct items each ancestor holds.
  const held = new Map<Element, number>();
  for (const elements of matches.values()) {
    const counted = new Set<Element>();
    for (const el of elements) {
      for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
        if (counted.has(up)) break;
        counted.add(up);
        held.set(up, (held.get(up) ?? 0) + 1);
      }
    }
  }
  const needed = Math.ceil(matches.size * LIST_SHARE);
  let best: Element | undefined;
  for (const [el, count] of held) {
    if (count < needed || someChildHolds(el, held, needed)) continue;
    if (!best || count > (held.get(best) ?? 0) || (count === held.get(best) && follows(el, best))) best = el;
  }
  if (!best) return undefined;
  let list = best;
  const size = (el: Element) => letters.get(el) ?? null;
  // Up through the wrappers that hold only the list and its headings ("Ingredients", a group's
  // "For the sauce"), not its neighbours (the card's times, which the article may have kept).
  for (let up = list.parentElement; up && up !== root; up = up.parentElement) {
    const grown = size(up);
    const own = size(list);
    if (grown === null || own === null || grown.length > own.length + WRAPPER_LETTERS) break;
    if (!onlyHeadingsBeside(list, letters)) break;
    list = up;
  }
  const heading = headingBefore(list, root);
  const found = [...matches].filter(([, els]) => els.some((el) => list.contains(el))).map(([i]) => keys[i] as string);
  return {
    withHeading: heading ? [heading, list] : [list],
    keys: found,
    letters: size(list)?.length ?? Number.POSITIVE_INFINITY,
  };
}

/**
 * Each element's letters (or what `normalize` keeps of its text), children before parents; `null` past `cap` letters (and for every
 * element above one that is). What is never text (scripts, styles, icons) counts for nothing.
 * With them, whether one element holds another, from their places in document order (jsdom's
 * own `contains` walks up the tree each time).
 */
export function measureTree(root: Element, cap: number, normalize: (text: string) => string = lettersOf) {
  const order = descendantElements(root);
  const letters = new Map<Element, string | null>();
  const place = new Map<Element, number>(order.map((el, i) => [el, i]));
  // The place of each element's last descendant (its own place when it has none).
  const last = new Map<Element, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    last.set(el, el.lastElementChild ? (last.get(el.lastElementChild) ?? i) : i);
    if (NON_CONTENT.has(el.tagName)) continue;
    let text: string | null = '';
    for (let node = el.firstChild; node && text !== null; node = node.nextSibling) {
      if (node.nodeType === 3) text += normalize(node.nodeValue ?? '');
      else if (node.nodeType === 1) {
        const child = letters.get(node as Element);
        text = child === null ? null : text + (child ?? '');
      }
      if (text !== null && text.length > cap) text = null;
    }
    letters.set(el, text);
  }
  const contains = (outer: Element, inner: Element) => {
    const at = place.get(inner) ?? -1;
    return at > (place.get(outer) ?? Number.MAX_SAFE_INTEGER) && at <= (last.get(outer) ?? -1);
  };
  return { letters, contains };
}

/** Whether an element's letters are the item's: the same, or the item with a little around it
 * (a note, a checkbox's "▢"), or most of a long item (the page's wording cut short). */
function isItem(text: string, key: string): boolean {
  if (text === key) return true;
  if (key.length < MIN_PARTIAL_KEY) return false;
  if (text.length >= key.length) return text.length <= key.length * 2 + ITEM_SLACK && text.includes(key);
  return text.length >= key.length * 0.6 && key.includes(text);
}

function someChildHolds(el: Element, held: Map<Element, number>, needed: number): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if ((held.get(c) ?? 0) >= needed) return true;
  return false;
}

function follows(a: Element, b: Element): boolean {
  return (b.compareDocumentPosition(a) & 4) !== 0;
}

/** How many wrappers a list may open and still have the heading before them as its own. */
const MAX_HEADING_CLIMB = 3;

/**
 * The list's heading: the element right before it, or right before the wrappers the list opens
 * (King Arthur sets "Ingredients" in a header box beside the box that holds the list and its
 * footnote).
 */
function headingBefore(list: Element, root: Element): Element | null {
  let at = list;
  for (let up = 0; up < MAX_HEADING_CLIMB && !at.previousElementSibling; up++) {
    if (!at.parentElement || at.parentElement === root) break;
    at = at.parentElement;
  }
  const before = at.previousElementSibling;
  return before && isListHeading(before) ? before : null;
}

/** A list's own heading: a heading element, or a short line the page names as one. */
function isListHeading(el: Element): boolean {
  if (isHeading(el) || el.getAttribute('role') === 'heading') return true;
  return (
    HEADER_CLASS.test(el.getAttribute('class') ?? '') && (el.textContent ?? '').trim().length <= MAX_HEADING_LENGTH
  );
}

const HEADER_CLASS = /head|title/i;
const MAX_HEADING_LENGTH = 60;

/** Whether the list's siblings are headings or say nothing (a servings toggle's emptied box). */
function onlyHeadingsBeside(list: Element, letters: Map<Element, string | null>): boolean {
  for (let c = list.parentElement?.firstElementChild; c; c = c.nextElementSibling) {
    if (c !== list && letters.get(c) && !isListHeading(c)) return false;
  }
  return true;
}

/** A copy of the page's element without controls, scripts and icons, labels unwrapped. */
function cleanCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const inner of descendantElements(copy)) {
    // A link or box that works as a button ("Print", "Save recipe") is a control, as <button>s are.
    if (NON_CONTENT.has(inner.tagName) || isScriptButton(inner) || isDeadLinkCommand(inner)) inner.remove();
    else if (inner.tagName === 'LABEL') inner.replaceWith(...inner.childNodes);
    // A checkbox's "▢" for screen readers: on the page, the box was the checkbox.
    else if (SCREEN_READER_ONLY_CLASS.test(inner.getAttribute('class') ?? '') && !lettersOf(inner.textContent ?? ''))
      inner.remove();
  }
  return copy;
}

/** Where Readability's article ends: its page wrapper's last block, or the container itself. */
function lastBlockHolder(container: Element): Element {
  let holder = container;
  while (holder.children.length === 1 && holder.firstElementChild?.tagName === 'DIV') {
    holder = holder.firstElementChild;
  }
  return holder;
}

/** The letters of the headings in a list's copy ("Ingredients", a group's "For the sauce"). */
function headingsOf(copy: Element): Set<string> {
  return new Set(descendantsWithTag(copy, ...HEADING_TAGS).map((h) => lettersOf(h.textContent ?? '')));
}

/**
 * Headings the article kept without what they head (Readability removed a list and left its
 * "Ingredients" and "For the sauce"): the first of the list's headings that heads nothing (a
 * heading or the end follows it), and the run of the list's headings after it.
 */
function loneHeadings(container: Element, headings: Set<string>): Element[] {
  const isListHeadingHere = (el: Element | null): el is Element =>
    el !== null && isHeading(el) && headings.has(lettersOf(el.textContent ?? ''));
  const first = descendantsWithTag(container, ...HEADING_TAGS).find(
    (h) => isListHeadingHere(h) && (!h.nextElementSibling || isHeading(h.nextElementSibling)),
  );
  const run: Element[] = [];
  for (let h: Element | null = first ?? null; isListHeadingHere(h); h = h.nextElementSibling) run.push(h);
  return run;
}
