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
