/** Putting the reader frame over a live page (content script side). */
export { HOST_ATTRIBUTE, HOST_SELECTOR, mountReaderHost, type ReaderHost } from './mount';
export { lockPageScroll } from './page-guards';
export { closeReader, openReader, type ReaderArticleReply, toggleReader } from './reader-controller';
export { selectionRangeIn } from './selection';
