import type { HighlightColor } from '../db/types';
import { HIGHLIGHT_PAINT, type PaintItem } from './custom-highlights';

/** The class of the printer's copy, and of each highlight marked in it (print.css styles both). */
export const PRINT_COPY_CLASS = 'folio-print-copy';
export const PRINT_MARK_CLASS = 'folio-print-mark';

interface Segment {
  start: number;
  end: number;
  color: HighlightColor;
}

/**
 * A copy of the article for the printer, each highlight in it a `<mark data-color>`. Highlights
 * are painted with the CSS Custom Highlight API, whose ranges live in script, not in the document:
 * Firefox prints a static copy of the document, without them, so the paper came out unmarked.
 * The copy is made when printing begins and dropped when it ends; the reader's own text, and the
 * ranges anchored in it, are never touched. Where highlights overlap, the one that comes later in
 * `items` (the reader lists them in reading order) gives the overlap its colour.
 */
export function printCopyWithMarks(content: HTMLElement, items: readonly PaintItem[]): HTMLElement {
  const doc = content.ownerDocument;
  const copy = content.cloneNode(true) as HTMLElement;
  const originals = textNodesOf(content);
  const copies = textNodesOf(copy);
  const segments = new Map<number, Segment[]>();
  // Measured on the original, before the copy changes: a clone has the same text nodes in the
  // same order, so the original's n-th text node is the copy's n-th.
  const indexOf = new Map(originals.map((node, index) => [node as Node, index]));
  for (const { range, color } of items) {
    const [first, last] = coveredSpan(range, originals, indexOf);
    for (let index = first; index <= last; index++) {
      const node = originals[index] as Text;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.length;
      if (start >= end) continue;
      const list = segments.get(index) ?? [];
      list.push({ start, end, color });
      segments.set(index, list);
    }
  }
  for (const [index, list] of segments) {
    const node = copies[index];
    if (node) node.replaceWith(marked(doc, node.data, list));
  }
  copy.classList.add(PRINT_COPY_CLASS);
  copy.removeAttribute('id');
  return copy;
}

/**
 * The first and last of the article's text nodes (by index) that the range covers some of. The
 * reader anchors highlights on text nodes, found at once by their index; asking each text node
 * whether the range meets it (range.intersectsNode) costs nodes × highlights comparisons, each
 * walking the tree: over a minute in jsdom for 1,000 highlights on 9,000 text nodes. A range
 * bounded by elements is still asked that way. [0, -1] when it covers none.
 */
function coveredSpan(range: Range, nodes: readonly Text[], indexOf: ReadonlyMap<Node, number>): [number, number] {
  const first = indexOf.get(range.startContainer);
  const last = indexOf.get(range.endContainer);
  if (first !== undefined && last !== undefined) return [first, last];
  const covered = nodes.flatMap((node, index) => (range.intersectsNode(node) ? [index] : []));
  return covered.length ? [covered[0] as number, covered[covered.length - 1] as number] : [0, -1];
}

function textNodesOf(root: Node): Text[] {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker?.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The text cut at every highlight's edge, each cut covered by a highlight in a mark of its colour. */
function marked(doc: Document, text: string, segments: readonly Segment[]): DocumentFragment {
  const cuts = [...new Set([0, text.length, ...segments.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const piece = doc.createTextNode(text.slice(from, to));
    const covering = segments.filter((s) => s.start <= from && s.end >= to).at(-1);
    if (!covering) {
      fragment.append(piece);
      continue;
    }
    const mark = doc.createElement('mark');
    mark.className = PRINT_MARK_CLASS;
    mark.dataset.color = covering.color;
    // Painted here rather than in print.css, so that the colours are written once.
    mark.style.backgroundColor = HIGHLIGHT_PAINT[covering.color];
    mark.append(piece);
    fragment.append(mark);
  }
  return fragment;
}
