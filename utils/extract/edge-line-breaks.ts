import { descendantsWithTag, HEADING_TAGS, holdsText, isBlankTextNode, isLineBreak } from './dom';

/** Blocks whose text a line break at the start pushes down a line. */
const TRIMMED_BLOCKS = ['P', 'LI', ...HEADING_TAGS, 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT'];

/**
 * Line breaks at the start or the end of a block ("<p><br> In everyday life…</p>", an editor's
 * leftover after a pasted paragraph): at the start each draws an empty line above the block's
 * words, and the reader showed a gap twice a paragraph's spacing; at the end, after the first, each
 * draws one below. Only the block's own first and last children are read (a break inside a link or
 * emphasis is the author's), and a block without words keeps its breaks (a spacer, handled as one).
 * Then the spaces typed before the block's first word (trimTypedIndent).
 */
export function trimLineBreaksAtBlockEdges(content: Element): void {
  for (const block of descendantsWithTag(content, ...TRIMMED_BLOCKS)) {
    if (!holdsText(block)) continue;
    for (let node = block.firstChild; node && (isBlankTextNode(node) || isLineBreak(node)); ) {
      const next: ChildNode | null = node.nextSibling;
      if (isLineBreak(node)) node.remove();
      node = next;
    }
    for (let node = block.lastChild; node && (isBlankTextNode(node) || isLineBreak(node)); ) {
      const previous: ChildNode | null = node.previousSibling;
      if (isLineBreak(node)) node.remove();
      node = previous;
    }
    trimTypedIndent(block);
  }
}

/** Inline wrappers the first word may sit in ("<p><span>　　人生…"). */
const INLINE_WRAPPERS = new Set(['SPAN', 'FONT', 'B', 'STRONG', 'I', 'EM', 'U', 'A', 'SMALL', 'BIG', 'MARK', 'INS']);

/**
 * Spaces typed before a block's first word to indent it: "<p>　　人生就像…" (two ideographic spaces,
 * the way Chinese pages indent a paragraph), "&nbsp;&nbsp;&nbsp;&nbsp;" or "&emsp;&emsp;"
 * elsewhere. Unlike ordinary spaces these are drawn, and the reader indents paragraphs itself (2em
 * for Chinese): the page's indent came on top of it, 4em in all. Read through inline wrappers; a
 * line break, a picture or any other element ends the search.
 */
export function trimTypedIndent(block: Element): void {
  let node: Node | null = block.firstChild;
  while (node) {
    let emptied: Node | undefined;
    if (node.nodeType === TEXT_NODE) {
      // (JavaScript's \s takes in U+3000, U+00A0 and the other Unicode spaces.)
      const rest = (node.nodeValue ?? '').replace(/^\s+/, '');
      if (rest) {
        node.nodeValue = rest;
        return;
      }
      emptied = node;
    } else if (node.nodeType === ELEMENT_NODE) {
      if (!INLINE_WRAPPERS.has((node as Element).tagName)) return;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // On to the next node in the block: the next sibling here or of the nearest wrapper that has one.
    while (node && node !== block && !node.nextSibling) node = node.parentNode;
    node = node && node !== block ? node.nextSibling : null;
    emptied?.parentNode?.removeChild(emptied);
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
