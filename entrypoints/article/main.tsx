import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ArticlePage } from '../../components/article-page/ArticlePage';
import '../../components/reader/reader.css';
import '../../components/reader/print.css';
import { loadReaderSettings } from '../../utils/settings';

document.documentElement.lang = browser.i18n.getUILanguage();
const id = new URLSearchParams(location.search).get('id');
// The settings first, so the article is laid out once, in the user's theme and typography.
const settings = await loadReaderSettings().catch(() => undefined);
createRoot(document.getElementById('root') as HTMLElement).render(<ArticlePage id={id} settings={settings} />);
