import { descendantsWithTag, firstDescendant, isMediaElement } from './dom';
import type { RemovalReport } from './report';
import { linkDensity, normalizeSpace } from './text';

/**
 * The last chance of an article that failed the prose test (mostly links): Readability took the
 * article together with the site's menus (a shop's 200-country currency picker, twice), or with a
 * paragraph of 197 links to the site's other recipes. Those blocks are links and nothing else;
 * without them what is left is the article, when it is prose. Only pages that would otherwise
 * show "No article found" get here, so an article whose link lists are its own ("Further reading")
 * keeps them everywhere else.
 */

/** The block a run of links is set in: its list, its paragraph, its table, its menu. */
const LIST_HOLDERS = new Set(['UL', 'OL', 'DL', 'P', 'TABLE', 'NAV']);
/** Fewer links than this are a line of text with links in it ("Share: Facebook, X"), not a list. */
const MIN_LINKS = 3;
/** A block whose text is more than this share links holds nothing but them. */
const MIN_LINK_SHARE = 0.8;

/** Removes the link lists from `container`; returns how many went. */
export function removeLinkLists(container: Element, report: RemovalReport): number {
  const linksByHolder = new Map<Element, number>();
  for (const link of descendantsWithTag(container, 'A')) {
    const holder = holderOf(link, container);
    if (holder) linksByHolder.set(holder, (linksByHolder.get(holder) ?? 0) + 1);
  }
  let removed = 0;
  for (const [holder, links] of linksByHolder) {
    // (A list inside a list already removed went with it.)
    if (links < MIN_LINKS || !isInside(holder, container) || linkDensity(holder) <= MIN_LINK_SHARE) continue;
    const parent = holder.parentElement;
    report.remove('post-clean', 'list of links in an article that was mostly links', holder);
    removed++;
    // What stood over the list alone goes with it: its heading ("Currency"), the choice it
    // showed ("Australia (AUD $)"), the wrappers round them.
    for (let el: Element | null = parent; el && el !== container && isLabelOnly(el); ) {
      const up: Element | null = el.parentElement;
      report.remove('post-clean', 'what headed a list of links', el);
      el = up;
    }
  }
  return removed;
}

/** The link's list, paragraph, table or menu; without one, the element its links sit in side by side. */
function holderOf(link: Element, container: Element): Element | undefined {
  for (let el = link.parentElement; el && el !== container; el = el.parentElement) {
    if (LIST_HOLDERS.has(el.tagName)) return el;
  }
  return link.parentElement === container ? undefined : (link.parentElement ?? undefined);
}

/** A heading, a label or nothing: the longest label kept with a list ("Choose your country/region"). */
const MAX_LABEL_LENGTH = 40;

function isLabelOnly(el: Element): boolean {
  if (normalizeSpace(el.textContent ?? '').length > MAX_LABEL_LENGTH) return false;
  return !firstDescendant(el, isMediaElement);
}

/** Whether `el` is still under `container` (jsdom's `contains` is slow, and the article is detached). */
function isInside(el: Element, container: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a === container) return true;
  return false;
}
