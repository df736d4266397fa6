import { styledAsBlock } from './plain-text';

/**
 * A heading's second line set in an inline element the page styles as a block ("The Best Notion
 * Alternatives<span class="block">Top Note-taking Tools…</span>", Tailwind's `block`): the page
 * shows two lines. Readability drops every class and the sanitizer every style, so the reader ran
 * them together ("AlternativesTop"). A line break before the element keeps the page's two lines
 * in the reader, its plain text and its outline. Done before Readability, while the class is there.
 */
export function breakStyledHeadingLines(heading: Element): void {
  for (const el of heading.querySelectorAll('*')) {
    if (!styledAsBlock(el) || !hasTextBefore(el, heading)) continue;
    el.before(heading.ownerDocument.createElement('br'));
  }
}

/** Some of the heading's text comes before the element (a first line's block has no line to break). */
function hasTextBefore(el: Element, heading: Element): boolean {
  for (let node: Node | null = el; node && node !== heading; node = node.parentNode) {
    for (let before = node.previousSibling; before; before = before.previousSibling) {
      if (before.nodeName === 'BR') return false;
      if ((before.textContent ?? '').trim() !== '') return true;
    }
  }
  return false;
}
