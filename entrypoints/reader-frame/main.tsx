import { browser } from 'wxt/browser';
import { paintFrameFloor, startReaderFrame } from '../../components/reader-frame/start-reader-frame';
import { FRAME_FLOOR_PARAM } from '../../utils/protocol/test-hooks';
import '../../components/reader/reader.css';
import '../../components/reader/print.css';

/**
 * The reader, as an extension page in a frame over the article's tab (mounted by the reader
 * content script). Cross-origin to the page: nothing the user reads, selects or types here is
 * within a page script's reach.
 */
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('root') as HTMLElement;
if (new URLSearchParams(location.search).has(FRAME_FLOOR_PARAM)) paintFrameFloor(root);
else void startReaderFrame(root);
