/** While the reader covers the page, the page must not scroll underneath; its position is kept. */
export function lockPageScroll(doc: Document): () => void {
  const root = doc.documentElement;
  const previous = root.style.getPropertyValue('overflow');
  const priority = root.style.getPropertyPriority('overflow');
  const { scrollX, scrollY } = doc.defaultView ?? { scrollX: 0, scrollY: 0 };
  root.style.setProperty('overflow', 'hidden', 'important');
  return () => {
    if (previous) root.style.setProperty('overflow', previous, priority);
    else root.style.removeProperty('overflow');
    doc.defaultView?.scrollTo(scrollX, scrollY);
  };
}

/**
 * While the reader is open, focus stays in its frame: a page script that moves focus to one of its
 * own fields (to catch what the user types into a note) has it moved back at once, and a poll
 * catches a page that stops the focus event before Folio's listener sees it.
 */
export function keepFocusIn(doc: Document, host: HTMLElement, frame: HTMLIFrameElement): () => void {
  const reclaim = () => {
    if (doc.activeElement !== host && doc.hasFocus()) frame.focus({ preventScroll: true });
  };
  const win = doc.defaultView as Window;
  win.addEventListener('focusin', reclaim, true);
  const poll = win.setInterval(reclaim, 100);
  return () => {
    win.removeEventListener('focusin', reclaim, true);
    win.clearInterval(poll);
  };
}
