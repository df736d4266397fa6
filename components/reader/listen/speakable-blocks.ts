/** The blocks the reader reads aloud, in order: headings, paragraphs, list items, cells… */
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, th, td, caption';

/** Said as nothing: code, formulas (their text is a jumble of symbols), drawings, controls. */
const UNSPOKEN_SELECTOR = 'pre, math, svg, script, style, button, [aria-hidden="true"], .folio-meta';

/** A white-space character, as `\s` counts them (what speechChunks collapses). */
const isSpace = (char: string) => /\s/.test(char);

export interface SpeakableBlock {
  element: Element;
  /** The block's own words, white space collapsed to one space and trimmed. */
  text: string;
  /** Where the character at `offset` of `text` is in the document (the word being said is painted there). */
  locate: (offset: number) => { node: Text; offset: number } | undefined;
}

/**
 * A block's own words: its text without the blocks inside it (a list item's nested list is read
 * as blocks of its own, after it) and without what is not said; each character kept with the
 * text node and offset it came from.
 */
function ownWords(element: Element): Pick<SpeakableBlock, 'text' | 'locate'> {
  let text = '';
  const nodes: (Text | undefined)[] = [];
  const offsets: number[] = [];
  const add = (char: string, node: Text | undefined, offset: number) => {
    if (isSpace(char)) {
      // Collapsed: none at the start, one for a run.
      if (!text || text.endsWith(' ')) return;
      char = ' ';
    }
    text += char;
    nodes.push(node);
    offsets.push(offset);
  };
  const walk = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        for (let i = 0; i < data.length; i++) add(data[i] as string, child as Text, i);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.matches(BLOCK_SELECTOR) || el.matches(UNSPOKEN_SELECTOR)) continue;
        // A line break between words is a pause, not nothing.
        if (el.localName === 'br') add(' ', undefined, 0);
        else walk(el);
      }
    }
  };
  walk(element);
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return {
    text,
    locate: (offset) => {
      // A space made of a line break has no text node: the character before it stands in.
      for (let i = Math.min(offset, nodes.length - 1); i >= 0; i--) {
        const node = nodes[i];
        if (node) return { node, offset: offsets[i] as number };
      }
      return undefined;
    },
  };
}

/** The article's blocks that have words to say, in reading order. */
export function speakableBlocks(root: Element): SpeakableBlock[] {
  const blocks: SpeakableBlock[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.closest(UNSPOKEN_SELECTOR)) continue;
    const words = ownWords(element);
    if (words.text) blocks.push({ element, ...words });
  }
  return blocks;
}
