/**
 * The text of a root element, and the way between character offsets in it and DOM positions.
 * Offsets are UTF-16 code units into the concatenated text nodes (the root's textContent), as the
 * W3C TextPositionSelector counts them.
 */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i]: offset of nodes[i]'s first character in `text`. */
  starts: number[];
}

export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    nodes.push(node as Text);
    starts.push(offset);
    parts.push(value);
    offset += value.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node holding `offset`, and the offset within it (the end of a node at its boundary). */
function locate(index: TextIndex, offset: number, preferEnd: boolean): { node: Text; offset: number } | undefined {
  const { nodes, starts } = index;
  if (nodes.length === 0) return undefined;
  // Binary search: the last node whose start is <= offset (< offset when an end position prefers
  // the end of the previous node to the start of the next).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: Math.min(node.data.length, Math.max(0, offset - (starts[lo] as number))) };
}

export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | undefined {
  const from = locate(index, start, false);
  const to = locate(index, end, true);
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Offsets of a DOM range within the root's text, or undefined when it lies outside the root. */
export function offsetsFromRange(
  index: TextIndex,
  root: Node,
  range: Range,
): { start: number; end: number } | undefined {
  const offsetOf = (container: Node, offset: number): number | undefined => {
    if (container.nodeType === 3) {
      const i = index.nodes.indexOf(container as Text);
      return i < 0 ? undefined : (index.starts[i] as number) + offset;
    }
    // An element boundary: the text before the child at `offset`.
    const probe = root.ownerDocument?.createRange() ?? (root as Document).createRange();
    probe.setStart(root, 0);
    try {
      probe.setEnd(container, offset);
    } catch {
      return undefined;
    }
    return probe.toString().length;
  };
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return undefined;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
