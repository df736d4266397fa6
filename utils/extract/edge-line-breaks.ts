import { descendantsWithTag, HEADING_TAGS, holdsText, isBlankTextNode, isLineBreak } from './dom';

/** Blocks whose text a line break at the start pushes down a line. */
const TRIMMED_BLOCKS = ['P', 'LI', ...HEADING_TAGS, 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT'];

/**
 * Line breaks at the start or the end of a block ("<p><br> In everyday life…</p>", an editor's
 * leftover after a pasted paragraph): at the start each draws an empty line above the block's
 * words, and the reader showed a gap twice a paragraph's spacing; at the end, after the first, each
 * draws one below. Only the block's own first and last children are read (a break inside a link or
 * emphasis is the author's), and a block without words keeps its breaks (a spacer, handled as one).
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
  }
}
