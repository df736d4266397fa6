/**
 * The user's selection in `doc` as a Range, or undefined when nothing is selected. The reader
 * has a document of its own (its frame, or the offline article page), so the document's own
 * selection is the reader's.
 */
export function selectionRangeIn(doc: Document): Range | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  return selection.getRangeAt(0);
}
