/**
 * DOM walks that stay fast in every DOM implementation (jsdom's live HTMLCollections are slow to
 * copy) and safe on 5,000-deep pages (no recursion).
 */

/** Every element under `root`, in document order. */
export function descendantElements(root: Element): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => out.push(el) > 0);
  return out;
}

/** What one walk of a tree found: elements of some tags, grouped by tag, and how deep it goes. */
export interface TreeSurvey {
  byTag: Map<string, Element[]>;
  /** Levels below the root of the deepest element (a child of the root is at 1). */
  depth: number;
  /** The elements carrying the attribute asked for, in document order (none if none was asked). */
  withAttribute: Element[];
}

/**
 * Visits the elements under `root` in document order; where `visit` returns false, the walk does
 * not enter that element (it may have removed it).
 */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean): void {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (!visit(el)) continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/**
 * The elements under `root` with the given tag names, grouped by tag, and the tree's depth, from
 * one walk. (In jsdom each `querySelectorAll` walks the whole tree and costs a fixed start on top:
 * four tags read with four queries cost four walks; the depth would cost a fifth.)
 */
export function surveyTree(root: Element, tagNames: readonly string[], attribute?: string): TreeSurvey {
  const byTag = new Map<string, Element[]>(tagNames.map((tag) => [tag, []]));
  const withAttribute: Element[] = [];
  let depth = 0;
  // Two stacks in step rather than one of [element, depth] pairs: no allocation per element.
  const stack: Element[] = [];
  const depths: number[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) {
    stack.push(c);
    depths.push(1);
  }
  while (stack.length) {
    const el = stack.pop() as Element;
    const level = depths.pop() as number;
    if (level > depth) depth = level;
    byTag.get(el.tagName)?.push(el);
    if (attribute && el.hasAttribute(attribute)) withAttribute.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      stack.push(c);
      depths.push(level + 1);
    }
  }
  return { byTag, depth, withAttribute };
}

/** The elements under `root` with one of the given tag names, in document order. */
export function descendantsWithTag(root: Element, ...tagNames: string[]): Element[] {
  const [only] = tagNames;
  if (tagNames.length === 1 && only) return elementsNamed(root, only);
  return descendantElements(root).filter((el) => tagNames.includes(el.tagName));
}

/**
 * One tag's elements, from the DOM's own index. In jsdom it walks without making an object for
 * every element it passes: 0.25 ms against our walk's 0.65 for a page's images, and 40% less on
 * a paragraph's links (wcxb corpus). Read by index into an array: a live collection changes under
 * a caller that removes, and jsdom copies one with `Array.from` in quadratic time. The tag test
 * keeps the walk's meaning (an SVG <a> is not an HTML <A>).
 */
function elementsNamed(root: Element, tagName: string): Element[] {
  const live = root.getElementsByTagName(tagName.toLowerCase());
  const out: Element[] = [];
  for (let i = 0, n = live.length; i < n; i++) {
    const el = live[i] as Element;
    if (el.tagName === tagName) out.push(el);
  }
  return out;
}

/** The first element under `root`, in document order, that passes `test`; stops there. */
export function firstDescendant(root: Element, test: (el: Element) => boolean): Element | undefined {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (test(el)) return el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return undefined;
}

/**
 * No words beside the element, only the spaces between tags: it stands on a line of its own
 * ("Posted <time>…</time> by Ana" and "…set up? <a>Skip to step 3</a> and…" do not).
 */
export function standsAlone(el: Element): boolean {
  return !isWords(el.previousSibling) && !isWords(el.nextSibling);
}

function isWords(node: Node | null): boolean {
  return node?.nodeType === 3 && (node.nodeValue ?? '').trim() !== '';
}

/** An element's class and id, in one string, for the name rules (Readability's and ours). */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Whether one of `el`'s class names passes `test`; `hint`, a piece every such name holds, spares
 * most elements the split. */
export function hasClassName(el: Element, hint: string, test: RegExp): boolean {
  const names = el.getAttribute('class');
  return names?.includes(hint) === true && names.split(/\s+/).some((name) => test.test(name));
}

export const HEADING_TAGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
const HEADING_SET = new Set(HEADING_TAGS);
// A set, not a selector or a pattern: it runs on every element of pre-clean's walk.
export const isHeading = (el: Element): boolean => HEADING_SET.has(el.tagName);

/**
 * Whether a heading (or the one line inside it) heads a list: the next block is a list or opens
 * with one. "Get started" over a recipe's steps is their heading, not a button's words.
 */
export function headsAList(el: Element): boolean {
  const heading = isHeading(el) ? el : el.parentElement;
  if (!heading || !isHeading(heading)) return false;
  const next = heading.nextElementSibling;
  return next !== null && (LIST_TAGS.has(next.tagName) || LIST_TAGS.has(next.firstElementChild?.tagName ?? ''));
}
export const LIST_TAGS = new Set(['UL', 'OL']);

/** A script's address ("javascript:…"): it runs code rather than leading anywhere. */
export const SCRIPT_ADDRESS = /^\s*javascript:/i;

/** Whether a link goes nowhere: to "#", or to a script. */
export function linksNowhere(el: Element): boolean {
  const href = el.getAttribute('href')?.trim() ?? '';
  return href === '#' || SCRIPT_ADDRESS.test(href);
}

/**
 * How many element children `el` has, counted by walking them. (`children` and
 * `childElementCount` in jsdom create a live list that every later change to `el` rebuilds: read
 * on an element whose children are then moved one by one, the moves turn quadratic.)
 */
export function elementChildCount(el: Element): number {
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) count++;
  return count;
}

export function someChild(el: Element, test: (child: Element) => boolean): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (test(c)) return true;
  return false;
}

/** Generic wrappers that can be dropped (their children kept) without losing meaning. */
const WRAPPERS = new Set([
  'DIV',
  'SPAN',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'FONT',
  'CENTER',
  'B',
  'I',
  'EM',
  'STRONG',
  'U',
  'SMALL',
  'BIG',
]);

/**
 * Pages nested hundreds deep (broken generators, hostile pages) overflow recursive DOM code
 * (jsdom removes subtrees recursively) and slow Readability's scoring. Wrappers deeper than
 * `limit` are unwrapped, deepest first, so each move is of shallow nodes only. (Browsers' HTML
 * parsers already cap the depth at 512, so in the extension this rarely has anything to do.)
 * Returns how deep the tree went, and how many wrappers were unwrapped; a tree deeper than
 * `refuseBeyond` is measured and left as it is (unwrapped: 0).
 */
export function flattenDeepNesting(
  root: Element,
  limit = 200,
  refuseBeyond = Number.POSITIVE_INFINITY,
): { deepest: number; unwrapped: number } {
  const deep: Element[] = [];
  let deepest = 0;
  // Two stacks in step rather than one of [element, depth] pairs: no allocation per element.
  const stack: Element[] = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const el = stack.pop() as Element;
    const depth = depths.pop() as number;
    if (depth > deepest) deepest = depth;
    if (depth > limit && WRAPPERS.has(el.tagName)) deep.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      stack.push(c);
      depths.push(depth + 1);
    }
  }
  if (deepest > refuseBeyond) return { deepest, unwrapped: 0 };
  // Pre-order collection: reversed, every element comes after all of its descendants.
  for (let i = deep.length - 1; i >= 0; i--) {
    const el = deep[i] as Element;
    el.replaceWith(...Array.from(el.childNodes));
  }
  return { deepest, unwrapped: deep.length };
}

/** Elements that make a block worth keeping without any words (a player's <embed> among them). */
const MEDIA = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'EMBED',
  'OBJECT',
  'SVG',
  'CANVAS',
  'TABLE',
  'PRE',
  'MATH',
]);

/** (Upper-cased: an <svg>'s or <math>'s tagName keeps its own namespace's lower case.) */
export function isMediaElement(el: Element): boolean {
  return MEDIA.has(el.tagName.toUpperCase());
}

/**
 * Whether any text under `el` is more than spaces; stops at the first that is (a wrapper climbed
 * may be the whole article: its text is not copied to be tested).
 */
export function holdsText(el: Element): boolean {
  return someTextNode(el, (text) => text.trim() !== '');
}

/** Whether two elements have a class name in common (boxes of one kind side by side). */
export function sharesAClass(a: Element, b: Element): boolean {
  for (const name of a.classList) if (b.classList.contains(name)) return true;
  return false;
}

/** Whether `el` has words of its own: a text child that is more than spaces (not its descendants'). */
export function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/** Whether the text under `el` runs longer than `max` characters; stops counting there (`el` may be a whole page). */
export function hasTextLongerThan(el: Element, max: number): boolean {
  let length = 0;
  return someTextNode(el, (text) => {
    length += text.length;
    return length > max;
  });
}

/**
 * Whether `test` holds for a text node under `el`, asked in document order until it does. Walked
 * by the nodes' own links: a stack would take all of a node's children at once, and a box of
 * 3,000 entries asked about 3,000 times was 9 million pushes.
 */
function someTextNode(el: Element, test: (text: string) => boolean): boolean {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 3 && test(node.nodeValue ?? '')) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== el && node && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) return false;
    node = node.nextSibling;
  }
  return false;
}

/** A `<br>`. */
export function isLineBreak(node: Node | null): boolean {
  return node?.nodeType === 1 && (node as Element).tagName === 'BR';
}

/** A text node of white space only (the source's indentation between tags). */
export function isBlankTextNode(node: Node | null): boolean {
  return node?.nodeType === 3 && !(node.nodeValue ?? '').trim();
}
