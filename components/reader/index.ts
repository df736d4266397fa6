/** The reader UI: the view itself, and its controller over a live page. */

export { ReaderView, type ReaderViewProps } from './ReaderView';
export { closeReader, openReader, toggleReader } from './reader-controller';
