/**
 * Putting the reader frame over a live page (content script side). The controller itself is
 * imported by its entrypoint only (entrypoints/reader.ts), not from here: it brings the extractor
 * along, which the reader frame, importing `selectionRangeIn`, must not load.
 */
export { HOST_ATTRIBUTE, HOST_SELECTOR, mountReaderHost, type ReaderHost } from './mount';
export { keepFocusIn, lockPageScroll } from './page-guards';
export { selectionRangeIn } from './selection';
