import { descendantsWithTag, firstDescendant, sharesAClass } from './dom';
import { paragraphCards } from './paragraph-cards';
import { isLinkedHeading } from './paragraph-mass';
import { linksOffSite } from './site-links';
import { linkDensity, normalizeSpace, weightedLength } from './text';

/**
 * Readability 0.6 removes a block from the article it chose when more than a fifth of its text
 * is in links and its class says nothing good of it (`_cleanConditionally`: "Low weight and a
 * little linky"). A "best of" list's entries are such blocks: each a ranked heading that links to
 * the thing ("1. <a>Harvard Business School</a>"), a write-up, a few facts and "More on HBS:"
 * links. The entries with more links went and those with fewer stayed: the reader showed entries
 * 5 and 15 to 25 of 25 (wcxb-dev 0022).
 *
 * Here a block that holds a write-up (a paragraph of prose with few links of its own) and is no
 * more than half links is judged on the write-up: it is not removed for its links. A post's
 * teaser in a list of posts is also a linked heading over a paragraph; it is told apart by its
 * heading, which is not ranked and links within the site, and is left to the shipped step; so is
 * a list of stories set as several <article>s (an aggregator's, whose headings link out).
 */

/** A write-up: a paragraph at least this long (weighted: a CJK character counts 3)… */
const MIN_WRITE_UP = 100;
/** …with no more than this share of its own text in links. */
const MAX_WRITE_UP_LINKS = 0.2;
/** More of the block in links than this, and it is a list of links with a blurb: left to Readability. */
const MAX_BLOCK_LINKS = 0.5;
/** Readability's threshold for a block of low weight. */
const LINKY = 0.2;

/** A rank before a heading's words: "1.", "2)", "3:", "No. 4", "#5 –". */
const RANK = /^\s*(?:#|No\.\s?)?\d{1,3}(?:[.):]|\s[-–—])\s/;

function isWriteUp(p: Element): boolean {
  return weightedLength(normalizeSpace(p.textContent ?? '')) >= MIN_WRITE_UP && linkDensity(p) <= MAX_WRITE_UP_LINKS;
}

/**
 * A post's teaser title: a heading that links to another page of the same site, and is not a
 * ranked entry's. A heading that links out names what its entry is about (a brand, a product, a
 * tool: "<h2><a href="https://svala.co">Svala</a></h2>" over its write-up).
 */
function isTeaserHeading(el: Element): boolean {
  if (!isLinkedHeading(el) || RANK.test(el.textContent ?? '')) return false;
  const link = el.tagName === 'A' ? el : el.querySelector('a[href]');
  return !linksOffSite(link?.getAttribute('href') ?? '', el.ownerDocument.URL);
}

/**
 * The <div>s in `root` that hold a write-up and no teaser's title. Found from the paragraphs and
 * headings up, each marking its ancestors: testing every <div>'s subtree would walk a deep page
 * once per level.
 */
function writeUpBlocks(root: Element): Set<Element> {
  const holding = new Set<Element>();
  // Several <article>s: a list of stories (a news front, an aggregator's, whose teasers link
  // out), not one article's entries.
  if (descendantsWithTag(root, 'ARTICLE').length >= 2) return holding;
  const teasers = new Set<Element>();
  const markUp = (from: Element, marks: Set<Element>) => {
    for (let a = from.parentElement; a && a !== root && !marks.has(a); a = a.parentElement) marks.add(a);
  };
  for (const p of descendantsWithTag(root, 'P')) if (isWriteUp(p)) markUp(p, holding);
  if (!holding.size) return holding;
  for (const heading of descendantsWithTag(root, 'H2', 'H3', 'H4', 'A')) {
    if (isTeaserHeading(heading)) {
      teasers.add(heading);
      markUp(heading, teasers);
    }
  }
  const blocks = new Set<Element>();
  for (const el of holding) if (el.tagName === 'DIV' && !teasers.has(el)) blocks.add(el);
  for (const entry of entriesBesideWriteUps(blocks)) blocks.add(entry);
  return blocks;
}

/** A list of entries: at least this many blocks of one shape side by side… */
const MIN_ENTRIES = 3;
/** …of which at least this share have a heading that links out or is ranked. */
const MIN_OUTWARD_ENTRIES = 0.5;
/** The list's own box and up to two that hold only it. */
const MAX_LIST_BOXES = 3;

/** The heading an entry opens with, if it links somewhere. */
function linkedHeadingOf(el: Element): Element | undefined {
  const heading = firstDescendant(el, (d) => d.tagName === 'H2' || d.tagName === 'H3' || d.tagName === 'H4');
  return heading && isLinkedHeading(heading) ? heading : undefined;
}

/**
 * The other entries of the lists that the write-ups found belong to. A roundup ("10 DIY
 * woodworking projects") sets each entry as one box: a heading linking to the project, mostly on
 * other blogs and some on the author's own, a picture and a line or two. Readability kept the
 * entries whose blurb outweighed their title and dropped the rest, and the write-up rule spared
 * only those with a paragraph of 100 characters and a title that links out: 3 of 10 were lost
 * (wcxb-dev 4452). An entry is a box of the same tag beside a write-up's, sharing one of its
 * class names, that opens with a linked heading; they are kept together, with the box that holds
 * them, when there are three or more and most headings link out or are ranked. A list of the
 * site's own teasers (related posts) has none that link out, and stays Readability's to judge.
 */
function entriesBesideWriteUps(writeUps: Set<Element>): Element[] {
  const entries: Element[] = [];
  const seenParents = new Set<Element>();
  for (const block of writeUps) {
    const parent = block.parentElement;
    if (!parent || seenParents.has(parent) || !block.classList.length) continue;
    seenParents.add(parent);
    const list: { entry: Element; heading: Element }[] = [];
    let outward = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName !== block.tagName || !sharesAClass(c, block)) continue;
      const heading = linkedHeadingOf(c);
      if (!heading) continue;
      list.push({ entry: c, heading });
      // (A ranked heading is no teaser's.)
      if (!isTeaserHeading(heading)) outward++;
    }
    if (list.length < MIN_ENTRIES || outward < list.length * MIN_OUTWARD_ENTRIES) continue;
    // The list's box, and the boxes that hold only it, are judged on the entries too (a teaser
    // among them no longer condemns them).
    let box: Element | null = parent;
    for (let level = 0; box && level < MAX_LIST_BOXES; level++, box = box.parentElement) {
      if (box.tagName === 'DIV') entries.push(box);
      if (box.parentElement?.childElementCount !== 1) break;
    }
    for (const { entry, heading } of list) {
      entries.push(entry);
      // Readability judges the boxes inside an entry before the entry: the ones round its
      // heading are kept too.
      for (let box = heading.parentElement; box && box !== entry; box = box.parentElement)
        if (box.tagName === 'DIV') entries.push(box);
    }
  }
  return entries;
}

interface CleanInternals {
  _cleanConditionally(e: Element, tag: string): void;
  _getLinkDensity(el: Element): number;
}

/** Gives one Readability instance the step that keeps write-ups (the prototype stays as shipped). */
export function withWriteUpsKept<T extends object>(reader: T): T {
  const internals = reader as unknown as CleanInternals;
  const shippedClean = internals._cleanConditionally;
  const shippedDensity = internals._getLinkDensity;
  // Renamed by an upgrade (the unit test says so): Readability as shipped.
  if (typeof shippedClean !== 'function' || typeof shippedDensity !== 'function') return reader;
  internals._cleanConditionally = function (this: CleanInternals, e: Element, tag: string): void {
    const writeUps = new Set<Element>();
    if (tag === 'div') {
      for (const block of writeUpBlocks(e)) writeUps.add(block);
      // A story set one paragraph to a box: each box is judged as its paragraph would be.
      for (const card of paragraphCards(e)) writeUps.add(card);
    }
    if (!writeUps.size) {
      shippedClean.call(this, e, tag);
      return;
    }
    // The density is read again for each block as it is judged: the blocks inside it that went
    // before it no longer count.
    this._getLinkDensity = function (this: CleanInternals, el: Element): number {
      const density = shippedDensity.call(this, el);
      return writeUps.has(el) && density <= MAX_BLOCK_LINKS ? Math.min(density, LINKY) : density;
    };
    try {
      shippedClean.call(this, e, tag);
    } finally {
      this._getLinkDensity = shippedDensity;
    }
  };
  return reader;
}
