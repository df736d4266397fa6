import { descendantsWithTag, firstDescendant, standsAlone } from './dom';
import { HAS_LETTER } from './patterns';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** An echoed line is a name, a credit or an address ("FatCamera/Getty Images"), never a paragraph. */
const MAX_ECHO_LENGTH = 80;
/** An echo is a line: its words and an inline element or two, not a wrapper of blocks. */
const MAX_ECHO_CHILDREN = 2;

/**
 * A short line set twice: inside a block, and again on its own right after it, for a second state
 * of the page. NPR sets a picture's credit in the caption and again after it for when the caption
 * is folded ("…the anti-anxiety medication Lexapro. FatCamera/Getty Images", then "FatCamera/Getty
 * Images"); author cards repeat a job title, reference lists an address. The reader showed both.
 * The echo is an element standing alone right after a block that ends with the same words, set
 * there as an element of their own. A line that only happens to end like the block before it (a
 * dialogue's "Yeah." after "…: Yeah.") is not an element of that block and stays; so does a word
 * set apart in a sentence ("local <b>DNS</b>"), and a line of figures (a review's scores repeat).
 */
export function removeEchoedLines(content: Element, report: RemovalReport): void {
  for (const el of descendantsWithTag(content, 'SPAN', 'B', 'SMALL', 'DIV', 'P', 'FIGCAPTION', 'CITE')) {
    // The cheap tests first: a wrapper's text is the whole article's, read once per level.
    const before = el.previousElementSibling;
    if (!before || el.childElementCount > MAX_ECHO_CHILDREN || !standsAlone(el) || !content.contains(el)) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length > MAX_ECHO_LENGTH || !HAS_LETTER.test(text)) continue;
    if (!normalizeSpace(before.textContent ?? '').endsWith(text)) continue;
    const same = firstDescendant(before, (inner) => normalizeSpace(inner.textContent ?? '') === text);
    if (same) report.remove('post-clean', 'a line repeated right after the block that ends with it', el);
  }
}
