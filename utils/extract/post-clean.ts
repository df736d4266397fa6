import { LISTING_TITLE, PROMPT_LINE, RELATED_HEADING } from './patterns';
import type { RemovalReport } from './report';
import { linkDensity, normalizeSpace } from './text';

const STEP = 'post-clean';

/** Block-level children in document order, descending through the wrappers Readability leaves. */
function blocks(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (/^(DIV|SECTION|ARTICLE|MAIN)$/.test(child.tagName) && child.querySelector('p, h2, h3, h4, ul, ol, div'))
        walk(child);
      else out.push(child);
    }
  };
  walk(root);
  return out;
}

function isLinkOnly(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '');
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
  const all = blocks(content);
  // Related headings and everything after them that is links.
  for (const el of all) {
    if (!content.contains(el)) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length <= 30 && RELATED_HEADING.test(text)) {
      let next = el.nextElementSibling;
      report.remove(STEP, 'related-links heading', el);
      while (next && isLinkOnly(next)) {
        const after = next.nextElementSibling;
        report.remove(STEP, 'related link after heading', next);
        next = after;
      }
    } else if (text.length <= 80 && PROMPT_LINE.test(text)) {
      report.remove(STEP, 'prompt', el);
    } else if (text.length <= 80 && LISTING_TITLE.test(text) && linkDensity(el) > 0.5) {
      report.remove(STEP, 'listing title link', el);
    }
  }
  removeTrailingLinkRun(content, report);
}

function removeTrailingLinkRun(content: Element, report: RemovalReport): void {
  const remaining = blocks(content).filter((el) => content.contains(el) && normalizeSpace(el.textContent ?? ''));
  let start = remaining.length;
  while (start > 0 && isLinkOnly(remaining[start - 1] as Element)) start--;
  const run = remaining.slice(start);
  // One trailing link may be a real closing line ("Source: …"); two or more in a row are a list.
  const isList = run.length >= 2 || run.some((el) => el.tagName === 'UL' || el.tagName === 'OL');
  if (isList && start > 0) for (const el of run) report.remove(STEP, 'trailing link-only run', el);
}
