import { descendantsWithTag } from './dom';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** A line of a template's filler: "Lorem ipsum dolor sit amet, …", "Lorem ipsum 2". */
const FILLER_LINE = /^lorem ipsum\b/i;
/** The filler's words anywhere in the article: without them there is nothing to look for. */
const FILLER_ANYWHERE = /lorem ipsum/i;
/** A template left unfilled has several filler lines; an article about type may quote one. */
const MIN_FILLER_LINES = 3;
/** The block goes when this share of its text is filler (the rest: "Head Line 1", "Learn More"). */
const MIN_FILLER_SHARE = 0.7;

/**
 * A page builder's section left with its template's filler: "Lorem Ipsum" over "Lorem ipsum
 * dolor sit amet…" and four columns of "Head Line 1" and "Lorem ipsum 1, 2, 3" (S&P's report
 * page, wcxb-dev 0285), which the page hides or never meant to show. The block that goes is the
 * widest around each filler line whose text is still mostly filler, so its headings and buttons
 * go with it. Nothing goes unless the article has several filler lines: a quotation of the
 * words in an article about type stays.
 */
export function removePlaceholderText(content: Element, report: RemovalReport): void {
  // One read of the whole text first: reading each line's text would read a nested list's or
  // table's text once per level.
  if (!FILLER_ANYWHERE.test(content.textContent ?? '')) return;
  const lines = new Set(
    descendantsWithTag(content, 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD').filter((el) =>
      FILLER_LINE.test(normalizeSpace(el.textContent ?? '')),
    ),
  );
  if (lines.size < MIN_FILLER_LINES) return;
  // How much filler each ancestor holds (a line inside another line, a <p> in an <li>, counts
  // once, as the outer).
  const filler = new Map<Element, number>();
  const outermost: Element[] = [];
  for (const line of lines) {
    const ancestors: Element[] = [];
    let inner = false;
    for (let a = line.parentElement; a && a !== content; a = a.parentElement) {
      if (lines.has(a)) inner = true;
      ancestors.push(a);
    }
    if (inner) continue;
    outermost.push(line);
    const length = normalizeSpace(line.textContent ?? '').length;
    for (const a of ancestors) filler.set(a, (filler.get(a) ?? 0) + length);
  }
  const textLength = new Map<Element, number>();
  const lengthOf = (el: Element) => {
    let length = textLength.get(el);
    if (length === undefined) {
      length = normalizeSpace(el.textContent ?? '').length;
      textLength.set(el, length);
    }
    return length;
  };
  const removed = new Set<Element>();
  for (const line of outermost) {
    let widest = line;
    for (let a = line.parentElement; a && a !== content; a = a.parentElement) {
      const held = filler.get(a) ?? 0;
      if (held < MIN_FILLER_SHARE * lengthOf(a)) break;
      widest = a;
    }
    if (removed.has(widest)) continue;
    removed.add(widest);
    report.remove('post-clean', 'template filler (lorem ipsum)', widest);
  }
}
