/** The reader UI: the view itself, and its controller over a live page. */
export { closeReader, isReaderOpen, openReader, toggleReader } from './reader-controller';
export { ReaderView, type ReaderViewProps } from './ReaderView';
