/**
 * The user's selection as a Range inside `root`, which may be a (closed) shadow root: there the
 * document's selection is retargeted to the host, so the shadow root's own view is asked for
 * (getComposedRanges where the browser has it, the older ShadowRoot.getSelection otherwise).
 */
export function selectionRangeIn(root: Document | ShadowRoot): Range | undefined {
  const doc = root instanceof Document ? root : (root.ownerDocument as Document);
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    const legacy = (root as { getSelection?: () => Selection | null }).getSelection?.();
    if (!legacy || legacy.rangeCount === 0 || legacy.isCollapsed) return undefined;
    return legacy.getRangeAt(0);
  }
  if (root instanceof Document) return selection.getRangeAt(0);
  const composed = (
    selection as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }
  ).getComposedRanges?.({ shadowRoots: [root] })[0];
  if (composed && !composed.collapsed) {
    const range = doc.createRange();
    range.setStart(composed.startContainer, composed.startOffset);
    range.setEnd(composed.endContainer, composed.endOffset);
    return range;
  }
  const legacy = (root as { getSelection?: () => Selection | null }).getSelection?.();
  return legacy && legacy.rangeCount > 0 && !legacy.isCollapsed ? legacy.getRangeAt(0) : undefined;
}
