import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AllowImagesPage } from '../../components/allow-images/AllowImagesPage';
import { followReaderTheme } from '../../components/common/page-theme';
import '../../components/library/library.css';
import { t } from '../../utils/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('allowImagesTitle');
const id = new URLSearchParams(location.search).get('id') ?? '';
// In the reader's theme from the first frame (library.css styles it).
await followReaderTheme();
createRoot(document.getElementById('root') as HTMLElement).render(<AllowImagesPage articleId={id} />);
