import { decodeUriOrAsWritten } from '../decode-uri';
import {
  descendantsWithTag,
  firstDescendant,
  HEADING_TAGS,
  hasOwnText,
  holdsText,
  isHeading,
  standsAlone,
} from './dom';
import type { RemovalReport } from './report';
import type { ExtractStep } from './types';

const STEP: ExtractStep = 'post-clean';

/** A jump link's own words: "Skip to main content", "Skip Course introduction block", "Back to top". */
const JUMP_WORDS = /^(?:skip\b|(?:back|return|scroll) to (?:the )?top\b|跳到|跳转到|跳过|返回顶部|回到顶部)/i;

/**
 * Removes the original page's own jump links from the article: "Skip to main content", a Moodle
 * block's "Skip … block", "Back to top". They move that page's focus or scroll, and the reader
 * has no use for them. Only a link to a place on the same page, with these words, standing on
 * its own: "…already set up? <a href="#step-3">Skip to step 3</a>." is part of a sentence. A
 * block left with nothing in it goes too.
 *
 * After Readability, not before: removing them from the page changed which container it chose
 * (a course page lost its introduction and its list of activities).
 */
export function removeInPageJumps(content: Element, report: RemovalReport): void {
  for (const link of descendantsWithTag(content, 'A')) {
    if (!isInPageJump(link)) continue;
    const parent = link.parentElement;
    report.remove(STEP, 'jump link', link);
    if (parent && parent !== content && isEmptyBlock(parent)) parent.remove();
  }
}

function isInPageJump(link: Element): boolean {
  const href = link.getAttribute('href');
  if (href === null || !(href.startsWith('#') || href === '')) return false;
  if (!JUMP_WORDS.test((link.textContent ?? '').trim())) return false;
  return standsAlone(link);
}

/** A permalink's mark beside a heading: Sphinx's and MkDocs' ¶, a "#", §, a chain, or words saying so. */
const PERMALINK_MARK = /^(?:[¶#§🔗]|link|permalink|anchor)?$/iu;

/**
 * A heading's link to its own place on the page, there so that readers can copy its address:
 * Sphinx's and MkDocs' "¶" after the text, a "#" before it, the heading's words made a link to
 * itself, or a link around the whole heading to the page's own address and the heading's anchor
 * (NBC's `<a href="/…/article#anchor-37d07d" id="anchor-37d07d"><h2>…</h2></a>`). In the reader it
 * read as part of the title ("Installation¶", in the outline too) or showed the heading as a blue
 * link that goes nowhere, and the Markdown export wrote it as a link. The mark goes; a link around
 * words leaves its words. Its id moves to the heading, so that the article's own table of
 * contents still reaches it.
 */
export function unwrapHeadingPermalinks(content: Element, report: RemovalReport, pageUrl: string | undefined): void {
  for (const link of descendantsWithTag(content, 'A')) {
    if (!isLinkToThisPage(link.getAttribute('href') ?? '', pageUrl)) continue;
    const around = link.closest(HEADING_SELECTOR);
    const heading = around && content.contains(around) ? around : firstDescendant(link, isHeading);
    if (!heading) continue;
    if (link.id && !heading.id) heading.id = link.id;
    if (around && PERMALINK_MARK.test((link.textContent ?? '').trim())) {
      report.remove(STEP, 'heading permalink', link);
      continue;
    }
    // Its icon ("share", a chain) goes with it: a heading's own link holds no picture of the article.
    if (around) for (const icon of descendantsWithTag(link, 'IMG')) icon.remove();
    link.replaceWith(...link.childNodes);
  }
}

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** "#part", or this page's own address with "#part" (its query aside: trackers add to the page's). */
function isLinkToThisPage(href: string, pageUrl: string | undefined): boolean {
  if (href.startsWith('#')) return href.length > 1;
  if (!pageUrl || !href.includes('#')) return false;
  try {
    const to = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return to.origin === page.origin && to.pathname === page.pathname && to.hash.length > 1;
  } catch {
    return false;
  }
}

/** A paragraph or list item with no text and nothing but line breaks left in it. */
function isEmptyBlock(el: Element): boolean {
  if (!/^(?:P|LI|DIV|SPAN)$/.test(el.tagName) || (el.textContent ?? '').trim() !== '') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'BR') return false;
  return true;
}

/** In-page targets looked after, at most (a page's contents and footnotes). */
const MAX_JUMP_TARGETS = 500;

/**
 * The empty anchors the page's in-page links point to (`<a id="step-2"></a><h2>…`, `<a
 * name="toc-0"></a>`, an empty `<div id>` before a section) give their name to the heading they
 * mark, the one they are in or before; where the heading has a name of its own, the links are
 * pointed at it. Readability and the cleaning steps remove empty elements, and the article's own
 * contents and "see below" links then led out of the reader to the original page. Run before
 * any step changes the page.
 */
export function keepJumpTargets(doc: Document): void {
  if (!doc.body) return;
  const linksTo = new Map<string, Element[]>();
  const namedAnchors = new Map<string, Element>();
  for (const a of descendantsWithTag(doc.body, 'A')) {
    const href = a.getAttribute('href') ?? '';
    if (href.length > 1 && href.startsWith('#')) {
      const name = decodeUriOrAsWritten(href.slice(1));
      const links = linksTo.get(name);
      if (links) links.push(a);
      else if (linksTo.size < MAX_JUMP_TARGETS) linksTo.set(name, [a]);
    }
    const name = a.getAttribute('name');
    if (name && !namedAnchors.has(name)) namedAnchors.set(name, a);
  }
  for (const [name, links] of linksTo) {
    const target = doc.getElementById(name) ?? namedAnchors.get(name);
    if (!target || target.firstElementChild || (target.textContent ?? '').trim()) continue;
    // Only a heading is sure to outlast the cleaning (a wrapper or a table may go; the anchor
    // itself may stay).
    const marked = markedBy(target);
    if (!marked || !isHeading(marked)) continue;
    if (!marked.id) {
      // Named after Readability (nameJumpTargets): it weighs an id as it does a class, and a
      // heading named "…_Google_Shopping_Listings" would go as an advert.
      target.removeAttribute('id');
      marked.setAttribute(JUMP_NAME, name);
    } else for (const link of links) link.setAttribute('href', `#${marked.id}`);
  }
}

/** Where keepJumpTargets leaves a heading's name until Readability has run. */
const JUMP_NAME = 'data-folio-jump-name';

/**
 * Keeps a heading's name out of Readability's sight until nameJumpTargets gives it back: a name
 * made of the heading's words ("what-is-social-media-marketing") may hold one Readability removes
 * an element for, and the links of the article's contents point to it.
 */
export function setNameAside(heading: Element, name = heading.id): void {
  if (!name || heading.hasAttribute(JUMP_NAME)) return;
  heading.setAttribute(JUMP_NAME, name);
  if (heading.id === name) heading.removeAttribute('id');
}

/** The name a heading will have in the article: its own, or the one set aside for it. */
export function headingName(heading: Element): string {
  return heading.id || (heading.getAttribute(JUMP_NAME) ?? '');
}

/** Gives the headings keepJumpTargets marked their names (the sanitizer would drop the mark). */
export function nameJumpTargets(content: Element): void {
  for (const heading of descendantsWithTag(content, ...HEADING_TAGS)) {
    const name = heading.getAttribute(JUMP_NAME);
    if (name === null) continue;
    heading.removeAttribute(JUMP_NAME);
    if (!heading.id) heading.id = name;
  }
}

/** Wrappers round an anchor climbed to find what follows it (a page builder's widget, its column). */
const MAX_ANCHOR_WRAPPERS = 4;
/** Levels looked down into what follows for the heading it opens with. */
const MAX_OPENING_DEPTH = 4;

/**
 * What an empty anchor marks: the heading it is in; else what follows it, out of the empty
 * wrappers it sits in (`<p><a name="methodology"></a></p><h2>`), or the heading that opens
 * what follows (a widget's `<div><h2>`).
 */
function markedBy(anchor: Element): Element | null {
  for (let at = anchor.parentElement; at && at.tagName !== 'BODY'; at = at.parentElement) if (isHeading(at)) return at;
  let at: Element = anchor;
  for (let level = 0; !at.nextElementSibling && level < MAX_ANCHOR_WRAPPERS; level++) {
    const parent = at.parentElement;
    if (!parent || parent.tagName === 'BODY' || holdsText(parent)) return null;
    at = parent;
  }
  const next = at.nextElementSibling;
  let opening = next;
  for (let level = 0; opening && !isHeading(opening) && level < MAX_OPENING_DEPTH; level++)
    opening = opening.firstElementChild;
  return opening && isHeading(opening) ? opening : next;
}

/** Levels looked down a box that holds only one element for the heading it holds. */
const MAX_HEADING_BOX_DEPTH = 3;
/** Words in a name made of a heading's words, at least ("what-is-seo", not "comments-title"). */
const MIN_SLUG_WORDS = 3;

/**
 * The heading a box holds and nothing else, when the box is named after the heading's words
 * (`<div id="20th-21st-centuries-growing-the-coffee-community-in-the-u-s"><h2>20th–21st
 * Centuries: Growing the Coffee Community in the U.S.</h2></div>`): the name is a jump target,
 * not a place on the page.
 */
export function headingOfNamedBox(box: Element): Element | undefined {
  if (!box.id || isHeading(box)) return undefined;
  let inner: Element = box;
  for (let level = 0; level < MAX_HEADING_BOX_DEPTH; level++) {
    const only = inner.firstElementChild;
    if (!only || only !== inner.lastElementChild || hasOwnText(inner)) return undefined;
    if (isHeading(only)) return isSlugOf(box.id, only.textContent ?? '') ? only : undefined;
    inner = only;
  }
  return undefined;
}

/** Whether each word of `name` is in `text` (letters and digits only): "h-20-th-21-st-…" in "20th–21st…". */
function isSlugOf(name: string, text: string): boolean {
  const words = name.toLowerCase().split(/[-_]+/).filter(Boolean);
  if (words.length < MIN_SLUG_WORDS) return false;
  const letters = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return words.every((word) => letters.includes(word));
}

/** Points the page's in-page links from the names of boxes that go to their headings'. */
export function pointLinksToHeadings(body: Element, headingOfName: ReadonlyMap<string, Element>): void {
  if (!headingOfName.size) return;
  for (const a of descendantsWithTag(body, 'A')) {
    const href = a.getAttribute('href') ?? '';
    if (href.length < 2 || !href.startsWith('#')) continue;
    const heading = headingOfName.get(decodeUriOrAsWritten(href.slice(1)));
    const name = heading && headingName(heading);
    if (name) a.setAttribute('href', `#${name}`);
  }
}
