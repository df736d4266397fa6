import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { followReaderTheme } from '../../components/common/page-theme';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
// In the reader's theme from the first frame.
await followReaderTheme();
createRoot(document.getElementById('root') as HTMLElement).render(<Popup />);
