import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

/**
 * Opens the browser's own page for extension shortcuts. A plain link cannot: pages may not link
 * to chrome:// or about: addresses. Firefox has commands.openShortcutSettings() for it (since
 * 137); Chromium opens its page in a new tab when an extension asks.
 */
async function openShortcutSettings() {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function ShortcutsLink() {
  return (
    <button type="button" className="folio-button" onClick={() => void openShortcutSettings()}>
      {t('optionsKeysOpen')}
    </button>
  );
}
