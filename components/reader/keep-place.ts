/**
 * Where the reader is, kept across a change of the column's width (a panel docking beside it):
 * the character at the start of the view's first line, and how far that line sits from the top.
 * The lines reflow when the column narrows; the browser's scroll anchoring keeps the paragraph
 * that held the view's top, not the line inside it, which in a long paragraph is lines away
 * (highlights.e2e measured 39 characters off in a Chinese essay).
 */
export interface ReadingPlace {
  node: Node;
  offset: number;
  /** The line's top minus the view's top, in pixels, when it was captured. */
  dy: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a point: Firefox and newer Chromium, or older Chromium's name for it. */
function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | undefined {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function lineTop(node: Node, offset: number): number | undefined {
  const range = node.ownerDocument?.createRange();
  if (!range) return undefined;
  range.setStart(node, offset);
  range.setEnd(node, Math.min(offset + 1, node.nodeType === Node.TEXT_NODE ? (node.nodeValue?.length ?? 0) : offset));
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return box.height || box.width ? box.top : undefined;
}

export function captureReadingPlace(scroller: HTMLElement): ReadingPlace | undefined {
  if (scroller.scrollTop === 0) return undefined; // at the top it stays at the top by itself
  const content = scroller.querySelector('.folio-content');
  if (!content) return undefined;
  const view = scroller.getBoundingClientRect();
  const column = content.getBoundingClientRect();
  // A few points down from the top, past a margin or a gap between blocks.
  for (let dy = 2; dy < 120; dy += 8) {
    const caret = caretAt(scroller.ownerDocument, column.left + 4, view.top + dy);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !content.contains(caret.node)) continue;
    const top = lineTop(caret.node, caret.offset);
    if (top !== undefined) return { ...caret, dy: top - view.top };
  }
  return undefined;
}

export function restoreReadingPlace(scroller: HTMLElement, place: ReadingPlace | undefined): void {
  if (!place?.node.isConnected) return;
  const top = lineTop(place.node, place.offset);
  if (top === undefined) return;
  const off = top - scroller.getBoundingClientRect().top - place.dy;
  if (Math.abs(off) >= 1) scroller.scrollBy({ top: off, behavior: 'instant' });
}
