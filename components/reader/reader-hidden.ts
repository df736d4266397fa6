/**
 * Closing the reader hides its frame rather than removing it (hide-and-show.ts), so what the
 * reader does over time, the voice reading aloud, is told to stop by this event on the frame's
 * document. (The page cannot send it: the frame is another origin's document.)
 */
export const READER_HIDDEN_EVENT = 'folio-reader-hidden';

export function announceReaderHidden(doc: Document): void {
  doc.dispatchEvent(new Event(READER_HIDDEN_EVENT));
}

export function onReaderHidden(doc: Document, callback: () => void): () => void {
  doc.addEventListener(READER_HIDDEN_EVENT, callback);
  return () => doc.removeEventListener(READER_HIDDEN_EVENT, callback);
}
