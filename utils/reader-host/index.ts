/** Putting the reader over a live page: its isolated host and the guards against page scripts. */
export { HOST_TAG, mountReaderHost, type ReaderHost } from './mount';
export { lockPageScroll, shieldReaderEvents } from './page-guards';
export { selectionRangeIn } from './selection';
