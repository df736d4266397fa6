import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runLiveHighlighter } from '../components/live-page/live-highlighter';

/** Injected by the command router to show (or make) highlights on the original page. */
export default defineUnlistedScript(() => {
  runLiveHighlighter();
});
