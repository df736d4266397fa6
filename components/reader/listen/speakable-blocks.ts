/** The blocks the reader reads aloud, in order: headings, paragraphs, list items, cells… */
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, th, td, caption';

/** Said as nothing: code, formulas (their text is a jumble of symbols), drawings, controls. */
const UNSPOKEN_SELECTOR = 'pre, math, svg, script, style, button, [aria-hidden="true"], .folio-meta';

export interface SpeakableBlock {
  element: Element;
  text: string;
}

/**
 * A block's own words: its text without the blocks inside it (a list item's nested list is read
 * as blocks of its own, after it) and without what is not said.
 */
function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      if (el.matches(BLOCK_SELECTOR) || el.matches(UNSPOKEN_SELECTOR)) continue;
      // A line break between words is a pause, not nothing.
      text += el.localName === 'br' ? ' ' : ownText(el);
    }
  }
  return text;
}

/** The article's blocks that have words to say, in reading order. */
export function speakableBlocks(root: Element): SpeakableBlock[] {
  const blocks: SpeakableBlock[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.closest(UNSPOKEN_SELECTOR)) continue;
    const text = ownText(element).trim();
    if (text) blocks.push({ element, text });
  }
  return blocks;
}
