import {
  AUTHOR_BIO_LINE,
  BREADCRUMB_LINE,
  CALL_TO_ACTION_LINE,
  COPYRIGHT_LINE,
  GALLERY_CONTROL_LINE,
  isDateline,
  isShareBarLine,
  LISTING_TITLE,
  PHOTO_CREDIT_LINE,
  PROMPT_LINE,
  RELATED_HEADING,
} from './patterns';
import type { RemovalReport } from './report';
import { linkDensity, normalizeSpace } from './text';

const STEP = 'post-clean';

const WRAPPER = /^(?:DIV|SECTION|ARTICLE|MAIN)$/;
const BLOCK = /^(?:P|DIV|SECTION|ARTICLE|MAIN|H[1-6]|UL|OL|DL|LI|BLOCKQUOTE|PRE|TABLE|FIGURE|HR|ADDRESS)$/;

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK.test(c.tagName)) return true;
  return false;
}

/**
 * Block-level elements in document order, descending through the wrappers Readability leaves.
 * The blocks never nest, so removing one never detaches another.
 */
function blocks(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (WRAPPER.test(el.tagName) && hasBlockChild(el)) {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    } else if (BLOCK.test(el.tagName)) {
      out.push(el);
    }
  }
  return out;
}

function isLinkOnly(el: Element, text: string): boolean {
  if (!text) return false;
  if (el.tagName === 'UL' || el.tagName === 'OL') return linkDensity(el) > 0.8;
  return linkDensity(el) > 0.9 && !el.querySelector('img');
}

/**
 * Cleans Readability's result: what it keeps because its rules are English or because link lists
 * escape its link-density checks. Removes the trailing run of link-only lines (a related-articles
 * list inside the content area), titles of listing pages, related headings with their lists,
 * and download/VIP/next-page prompts.
 */
export function postClean(content: Element, report: RemovalReport): void {
  const removed = new Set<Element>();
  // Listing titles are links too: the trailing run of links is measured with them in it.
  const listingTitles = new Set<Element>();
  const remove = (el: Element, reason: string) => {
    removed.add(el);
    report.remove(STEP, reason, el);
  };
  const list = blocks(content).map((el) => ({ el, text: normalizeSpace(el.textContent ?? '') }));
  const byElement = new Map(list.map((b) => [b.el, b.text]));
  for (const { el, text } of list) {
    if (removed.has(el) || text.length > 80) continue;
    if (text.length <= 30 && RELATED_HEADING.test(text)) {
      let next = el.nextElementSibling;
      remove(el, 'related-links heading');
      while (next && isLinkOnly(next, byElement.get(next) ?? normalizeSpace(next.textContent ?? ''))) {
        const after = next.nextElementSibling;
        remove(next, 'related link after heading');
        next = after;
      }
    } else if (PROMPT_LINE.test(text) || CALL_TO_ACTION_LINE.test(text)) {
      remove(el, 'prompt');
    } else if (GALLERY_CONTROL_LINE.test(text)) {
      remove(el, 'gallery control');
    } else if (isShareBarLine(text)) {
      remove(el, 'share buttons');
    } else if (/^(?:P|DIV|FIGCAPTION)$/.test(el.tagName) && PHOTO_CREDIT_LINE.test(text) && /[:：]|^©/.test(text)) {
      remove(el, 'photo credit');
    } else if (LISTING_TITLE.test(text) && linkDensity(el) > 0.5) {
      remove(el, 'listing title link');
      listingTitles.add(el);
    }
  }
  removeRepeatedBlocks(
    list.filter((b) => !removed.has(b.el) && b.text),
    remove,
  );
  removeEdgeMetadata(
    list.filter((b) => !removed.has(b.el) && b.text),
    remove,
  );
  removeTrailingLinkRun(
    list.filter((b) => (!removed.has(b.el) || listingTitles.has(b.el)) && b.text),
    report,
  );
}

/**
 * A paragraph that repeats a caption already shown: slideshow markup prints each caption again
 * beside its picture. Only captions count: an article may repeat its own lines (a meal plan, a
 * refrain), and those stay.
 */
function removeRepeatedBlocks(
  remaining: { el: Element; text: string }[],
  remove: (el: Element, reason: string) => void,
): void {
  const captions = new Set<string>();
  for (const { el, text } of remaining) {
    if (text.length < 40) continue;
    if (el.tagName === 'FIGURE' || el.tagName === 'FIGCAPTION') captions.add(text);
    else if ((el.tagName === 'P' || el.tagName === 'DIV') && captions.has(text)) remove(el, 'repeated caption');
  }
}

/** How many blocks at each end of the article are looked at for datelines and copyright lines. */
const EDGE = 3;

/**
 * Datelines ("Published 4:00 am CST, Wednesday, November 20, 2019") among the first and last
 * blocks, and copyright or citation lines among the last: the header shows the date, and the
 * site's legal line is not the article's. Headings are never touched.
 */
function removeEdgeMetadata(
  remaining: { el: Element; text: string }[],
  remove: (el: Element, reason: string) => void,
): void {
  const edges = new Set([...remaining.slice(0, EDGE), ...remaining.slice(-EDGE)]);
  for (const block of edges) {
    if (/^H[1-6]$/.test(block.el.tagName)) continue;
    if (isDateline(block.text)) remove(block.el, 'dateline');
  }
  for (const { el, text } of remaining.slice(0, EDGE)) {
    if (text.length <= 120 && BREADCRUMB_LINE.test(text)) remove(el, 'breadcrumb');
  }
  for (const { el, text } of remaining.slice(-EDGE)) {
    if (/^H[1-6]$/.test(el.tagName) || text.length > 500) continue;
    if (COPYRIGHT_LINE.test(text)) remove(el, 'copyright line');
    else if (AUTHOR_BIO_LINE.test(text)) remove(el, 'author bio');
  }
}

function removeTrailingLinkRun(remaining: { el: Element; text: string }[], report: RemovalReport): void {
  let start = remaining.length;
  while (start > 0 && isLinkOnly(remaining[start - 1]?.el as Element, remaining[start - 1]?.text as string)) start--;
  const run = remaining.slice(start);
  // One trailing link may be a real closing line ("Source: …"); two or more in a row are a list.
  const isList = run.length >= 2 || run.some(({ el }) => el.tagName === 'UL' || el.tagName === 'OL');
  if (isList && start > 0) {
    // (Listing titles in the run were removed already; the container itself is detached.)
    for (const { el } of run) if (el.parentNode) report.remove(STEP, 'trailing link-only run', el);
  }
}
