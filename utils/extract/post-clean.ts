import { CALL_TO_ACTION_LINE, LISTING_TITLE, PROMPT_LINE, RELATED_HEADING } from './patterns';
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
    } else if (LISTING_TITLE.test(text) && linkDensity(el) > 0.5) {
      remove(el, 'listing title link');
    }
  }
  removeTrailingLinkRun(
    list.filter((b) => !removed.has(b.el) && b.text),
    report,
  );
}

function removeTrailingLinkRun(remaining: { el: Element; text: string }[], report: RemovalReport): void {
  let start = remaining.length;
  while (start > 0 && isLinkOnly(remaining[start - 1]?.el as Element, remaining[start - 1]?.text as string)) start--;
  const run = remaining.slice(start);
  // One trailing link may be a real closing line ("Source: …"); two or more in a row are a list.
  const isList = run.length >= 2 || run.some(({ el }) => el.tagName === 'UL' || el.tagName === 'OL');
  if (isList && start > 0) for (const { el } of run) report.remove(STEP, 'trailing link-only run', el);
}
