import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ArticlePage } from '../../components/article-page/ArticlePage';
import '../../components/reader/reader.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const id = new URLSearchParams(location.search).get('id');
createRoot(document.getElementById('root') as HTMLElement).render(<ArticlePage id={id} />);
