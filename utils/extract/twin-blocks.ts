import { descendantElements, descendantsWithTag } from './dom';
import { HAS_LETTER } from './patterns';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** A twin says a sentence or more: short lines ("Credit: Serious Eats") repeat for their own reasons. */
const MIN_TWIN_TEXT = 40;
/** Rows and items repeat in tables and lists ("Single", "Single"): they are not set twice. */
const NOT_TWINS = new Set(['TR', 'TD', 'TH', 'LI', 'DT', 'DD', 'OPTION']);

/** Nothing is lost with the copy: each of its pictures is in the block kept (two photos with one caption stay). */
function showsOnlyPicturesOf(copy: Element, kept: Element): boolean {
  const pictures = descendantsWithTag(copy, 'IMG');
  if (!pictures.length) return true;
  const keptSources = new Set(descendantsWithTag(kept, 'IMG').map((img) => img.getAttribute('src')));
  return pictures.every((img) => keptSources.has(img.getAttribute('src')));
}

/**
 * A block set twice, one right after the other: a page's desktop and mobile copies of a slide
 * (`<section class="scroll-slide desktop">`, then the same with `mobile`), which a stylesheet
 * shows one at a time and the reader showed both of. A twin is the same element with the same
 * text, a sentence or more, and no picture of its own; the second goes. Done on the page, before
 * Readability, which unwraps the copies' sections and would leave them apart.
 */
export function removeTwinBlocks(content: Element, report: RemovalReport): void {
  const texts = new Map<Element, string>();
  const textOf = (el: Element) => {
    const known = texts.get(el);
    if (known !== undefined) return known;
    const text = normalizeSpace(el.textContent ?? '');
    texts.set(el, text);
    return text;
  };
  for (const el of descendantElements(content)) {
    const before = el.previousElementSibling;
    if (!before || before.tagName !== el.tagName || NOT_TWINS.has(el.tagName)) continue;
    if (before.childElementCount !== el.childElementCount || !content.contains(el)) continue;
    const text = textOf(el);
    if (text.length < MIN_TWIN_TEXT || text !== textOf(before) || !HAS_LETTER.test(text)) continue;
    if (!showsOnlyPicturesOf(el, before)) continue;
    report.remove('pre-clean', 'a block set twice in a row (a copy for another screen size)', el);
  }
}
