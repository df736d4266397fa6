/**
 * Putting the reader frame over a live page (content script side). The controller itself is
 * imported by its entrypoint only (entrypoints/reader.ts): it brings the extractor along.
 */
export { HOST_ATTRIBUTE, HOST_SELECTOR, mountReaderHost, type ReaderHost } from './mount';
export { keepFocusIn, lockPageScroll } from './page-guards';
