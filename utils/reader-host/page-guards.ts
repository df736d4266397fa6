/**
 * Content farms block selection, copying and the context menu with handlers on document or body
 * (oncopy / onselectstart / oncontextmenu returning false). Events from inside the reader are
 * stopped at the reader's host element as they bubble out of its shadow root: the reader's own
 * (React) handlers inside have already run, and the page's handlers on body, document and window
 * never see them, so the default actions (select, copy, menu) happen. Events elsewhere are left
 * alone.
 */
const GUARDED_EVENTS = [
  'copy',
  'cut',
  'selectstart',
  'contextmenu',
  'mousedown',
  'mouseup',
  'click',
  'keydown',
  'keyup',
  'keypress',
  'dragstart',
] as const;

export function shieldReaderEvents(host: Element): () => void {
  const stop = (event: Event) => event.stopPropagation();
  for (const type of GUARDED_EVENTS) host.addEventListener(type, stop);
  return () => {
    for (const type of GUARDED_EVENTS) host.removeEventListener(type, stop);
  };
}

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
