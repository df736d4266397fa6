import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/options/options.css';
import { t } from '../../utils/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
createRoot(document.getElementById('root') as HTMLElement).render(<OptionsPage />);
