import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { followReaderTheme } from '../../components/common/page-theme';
import { LibraryPage } from '../../components/library/LibraryPage';
import '../../components/library/library.css';
import { t } from '../../utils/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('libraryTitle');
// Ask the browser not to evict Folio's database when the disk fills (pages can ask; workers can't).
void navigator.storage?.persist?.();
// In the reader's theme from the first frame.
await followReaderTheme();
createRoot(document.getElementById('root') as HTMLElement).render(<LibraryPage />);
