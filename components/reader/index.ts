/** The reader UI: the view itself (in the reader frame and on the offline article page). */

export { ReaderView, type ReaderViewProps } from './ReaderView';
