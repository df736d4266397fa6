import { classAndId, descendantElements, descendantsWithTag, firstDescendant, hasOwnText, someChild } from './dom';
import { isUnlikelyToReadability } from './patterns';
import type { RemovalReport } from './report';
import { normalizeSpace, weightedLength } from './text';
import type { ExtractStep } from './types';

/** A paragraph shorter than this (weighted: a CJK character counts 3) is not article prose. */
const MIN_PARAGRAPH = 60;
/** More of a paragraph's text in links than this, and it is navigation, not prose. */
const MAX_LINK_SHARE = 0.3;
/** The article region holds at least this share of the page's prose. */
const REGION_SHARE = 0.85;

export interface ProseRegion {
  /** The deepest element holding REGION_SHARE of the page's prose paragraphs. */
  element: Element;
  /** Its prose, weighted length. */
  mass: number;
  /**
   * The largest share of that prose sitting in one parent's own paragraphs. Low when the
   * article is cut into layout rows and columns (page builders), where Readability, which scores
   * a paragraph's parent and grandparent, picks one piece.
   */
  largestParentShare: number;
  /** The region's prose paragraphs and their weighted lengths. */
  paragraphs: Map<Element, number>;
  /** The page's prose under each element that holds any. */
  proseUnder: Map<Element, number>;
}

/** The weighted length of `p`'s text if it reads as prose, else 0. */
function proseLength(p: Element): number {
  const length = weightedLength(normalizeSpace(p.textContent ?? ''));
  if (length < MIN_PARAGRAPH) return 0;
  const links = descendantsWithTag(p, 'A');
  if (!links.length) return length;
  let linked = 0;
  for (const a of links) linked += weightedLength(normalizeSpace(a.textContent ?? ''));
  return linked / length > MAX_LINK_SHARE ? 0 : length;
}

function inNonArticleBlock(p: Element, body: Element, verdicts: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let verdict = false;
  for (let a = p.parentElement; a && a !== body; a = a.parentElement) {
    const known = verdicts.get(a);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path.push(a);
    if (isNonArticleBlock(a)) {
      verdict = true;
      break;
    }
  }
  for (const a of path) verdicts.set(a, verdict);
  return verdict;
}

/**
 * A post's excerpt in a list of posts ("Latest news", "You may also like"): a paragraph in a
 * small card whose heading is a link. The article's own paragraphs do not sit beside linked
 * headings.
 */
function teaserCard(p: Element): Element | undefined {
  let card = p.parentElement;
  for (let level = 0; card && level < 2; level++, card = card.parentElement) {
    // A card is small; this also keeps the test cheap beside an article's thousand paragraphs.
    if (hasMoreChildrenThan(card, MAX_CARD_CHILDREN)) return undefined;
    if (hasLinkedHeading(card)) {
      const small =
        weightedLength(normalizeSpace(card.textContent ?? '')) <
        3 * weightedLength(normalizeSpace(p.textContent ?? '')) + 200;
      return small ? card : undefined;
    }
  }
  return undefined;
}

/** Counted only as far as needed: Chromium's childElementCount walks them all, every call. */
function hasMoreChildrenThan(el: Element, limit: number): boolean {
  let count = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++count > limit) return true;
  return false;
}

/** A heading with a link in it, or a link around a heading, among `card`'s children or theirs. */
function hasLinkedHeading(card: Element): boolean {
  for (let c = card.firstElementChild; c; c = c.nextElementSibling) {
    if (isLinkedHeading(c)) return true;
    for (let g = c.firstElementChild; g; g = g.nextElementSibling) if (isLinkedHeading(g)) return true;
  }
  return false;
}

/** A heading that links elsewhere, or a link around a heading: a post teaser's title. */
export function isLinkedHeading(el: Element): boolean {
  if (HEADINGS.has(el.tagName))
    return firstDescendant(el, (a) => a.tagName === 'A' && a.hasAttribute('href')) !== undefined;
  if (el.tagName === 'A' && el.hasAttribute('href')) return someChild(el, (c) => HEADINGS.has(c.tagName));
  return false;
}

const HEADINGS = new Set(['H2', 'H3', 'H4']);
const MAX_CARD_CHILDREN = 8;

/**
 * Comments, sidebars and the like hold prose too, but not the article's: Readability's own
 * "unlikely candidate" names, less what its "maybe" list saves.
 */
export function isNonArticleBlock(el: Element): boolean {
  return el.tagName === 'ASIDE' || isUnlikelyToReadability(classAndId(el));
}

/**
 * Takes out of a copy of the region what findProseRegion did not count: post teasers (see
 * teaserCard), comments, sidebars and the like. Done before flattenLayout, which would otherwise
 * unwrap them into loose paragraphs that look like the article's.
 */
export function removeNonArticle(region: Element): void {
  for (const el of descendantElements(region)) {
    if (region.contains(el) && isNonArticleBlock(el)) el.remove();
  }
  for (const p of descendantsWithTag(region, 'P')) {
    if (region.contains(p)) teaserCard(p)?.remove();
  }
}

/** The page's prose paragraphs, summed up their ancestors: where the article is, by mass. */
export function findProseRegion(body: Element): ProseRegion | undefined {
  const mass = new Map<Element, number>();
  const byParent = new Map<Element, number>();
  const verdicts = new Map<Element, boolean>();
  const paragraphs = new Map<Element, number>();
  let total = 0;
  // A static list: iterating jsdom's live getElementsByTagName is quadratic (1.5 s on 5 MB).
  for (const el of descendantsWithTag(body, 'P')) {
    // Cheapest test first: most of a page's <p>s are not prose.
    const length = proseLength(el);
    if (!length || inNonArticleBlock(el, body, verdicts) || teaserCard(el)) continue;
    total += length;
    paragraphs.set(el, length);
    const parent = el.parentElement as Element;
    byParent.set(parent, (byParent.get(parent) ?? 0) + length);
    for (let a: Element | null = parent; a && a !== body.parentElement; a = a.parentElement) {
      mass.set(a, (mass.get(a) ?? 0) + length);
    }
  }
  if (!total) return undefined;
  let region = body;
  for (;;) {
    let heaviest: Element | undefined;
    let heaviestMass = 0;
    for (let c = region.firstElementChild; c; c = c.nextElementSibling) {
      const m = mass.get(c) ?? 0;
      if (m > heaviestMass) [heaviest, heaviestMass] = [c, m];
    }
    if (!heaviest || heaviestMass < REGION_SHARE * total) break;
    region = heaviest;
  }
  const regionMass = mass.get(region) ?? 0;
  let largest = 0;
  for (const [parent, m] of byParent) if (m > largest && region.contains(parent)) largest = m;
  for (const p of paragraphs.keys()) if (!region.contains(p)) paragraphs.delete(p);
  return {
    element: region,
    mass: regionMass,
    largestParentShare: largest / Math.max(1, regionMass),
    paragraphs,
    proseUnder: mass,
  };
}

/**
 * The share of the region's prose that `container` holds: Readability moves the page's own
 * paragraph elements into its container, so they are counted by identity. (A container made
 * from a copy of the region is measured with proseMass instead.)
 */
export function keptShare(region: ProseRegion, container: Element): number {
  let kept = 0;
  for (const p of descendantsWithTag(container, 'P')) kept += region.paragraphs.get(p) ?? 0;
  return kept / Math.max(1, region.mass);
}

/** The prose mass of an extracted container, measured as findProseRegion measures the page. */
export function proseMass(container: Element): number {
  let total = 0;
  for (const p of descendantsWithTag(container, 'P')) if (!teaserCard(p)) total += proseLength(p);
  return total;
}

// Not tables: a table's rows are its meaning, even when they hold only cells.
const LAYOUT_WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'CENTER', 'FONT']);

/**
 * Unwraps the layout boxes (rows, columns, cells: wrappers with no text of their own) inside
 * `region`, so that its blocks become one flat run of siblings, in order. Readability then
 * scores the article as one piece instead of picking one of its rows.
 */
export function flattenLayout(region: Element): void {
  for (const el of descendantElements(region).reverse()) {
    if (!LAYOUT_WRAPPERS.has(el.tagName) || hasOwnText(el)) continue;
    el.replaceWith(...el.childNodes);
  }
}

/** The far-block removal runs with the pre-clean steps, and reports as one of them. */
const STEP: ExtractStep = 'pre-clean';
/** Blocks beyond this many levels above the prose region are far from the article. */
const NEAR_LEVELS = 2;
/** A region this small (prose paragraphs, weighted length) is not sure enough to cut around. */
const MIN_SURE_PARAGRAPHS = 3;
const MIN_SURE_MASS = 1000;
/** A block with more text than this share of the region's prose is kept, prose or not. */
const MAX_FAR_TEXT_SHARE = 0.5;

/**
 * Removes the blocks far from the prose region that hold none of the page's prose: headers,
 * menus, footers, link lists and widgets, which Readability would otherwise score, node by node,
 * only to drop them, or append to the article. On the wcxb corpus they were half its time, and
 * its picks got a little better on balance without them (docs/benchmarks.md).
 *
 * Kept: everything near the region (it and its ancestors' children up to NEAR_LEVELS above, where
 * an article's header, lead and figures sit), any block with an <h1>, and any block with much
 * text (an article set in <div>s or <br> lines has no <p> prose for the region to find). Nothing
 * is removed when the region is too small to be sure of.
 */
export function removeFarFromProse(body: Element, region: ProseRegion, report: RemovalReport): void {
  if (region.paragraphs.size < MIN_SURE_PARAGRAPHS || region.mass < MIN_SURE_MASS) return;
  let near = region.element;
  for (let level = 0; level < NEAR_LEVELS && near !== body && near.parentElement; level++) near = near.parentElement;
  for (let kept: Element = near; kept !== body && kept.parentElement; kept = kept.parentElement) {
    for (let sibling = kept.parentElement.firstElementChild; sibling; ) {
      const next = sibling.nextElementSibling;
      if (sibling !== kept && isFarBlock(sibling, region))
        report.remove(STEP, 'block far from the prose region', sibling);
      sibling = next;
    }
  }
}

function isFarBlock(el: Element, region: ProseRegion): boolean {
  return (
    !region.proseUnder.has(el) &&
    weightedLength(normalizeSpace(el.textContent ?? '')) <= MAX_FAR_TEXT_SHARE * region.mass &&
    descendantsWithTag(el, 'H1').length === 0
  );
}
