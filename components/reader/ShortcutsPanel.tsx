import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { commandKeys, keyLabel, READER_SHORTCUTS, TOGGLE_READER_COMMAND } from './shortcuts';

/** Whether the keyboard is a Mac's (its modifiers are drawn ⌘ ⌥ ⇧). */
function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/**
 * The key that opens and closes the reader, as the user set it in the browser's shortcuts page
 * (where the frame may ask: Firefox's reader frame has no commands API), else as Folio suggests it.
 * undefined while asking; null when the user took it away.
 */
function useToggleReaderKeys(): string[] | null | undefined {
  const [keys, setKeys] = useState<string[] | null>();
  useEffect(() => {
    let live = true;
    const suggested = commandKeys(
      (
        browser.runtime.getManifest().commands as Record<string, { suggested_key?: { default?: string } }> | undefined
      )?.[TOGGLE_READER_COMMAND]?.suggested_key?.default,
    );
    const asking = browser.commands?.getAll
      ? browser.commands.getAll().then((all) => {
          const command = all.find((c) => c.name === TOGGLE_READER_COMMAND);
          return command ? (commandKeys(command.shortcut) ?? null) : suggested;
        })
      : Promise.resolve(suggested);
    void asking
      .catch(() => suggested)
      .then((found) => {
        if (live) setKeys(found ?? null);
      });
    return () => {
      live = false;
    };
  }, []);
  return keys;
}

function Keys({ combos, mac }: { combos: string[][]; mac: boolean }) {
  return (
    <>
      {combos.map((combo, i) => (
        <span key={combo.join(' ')}>
          {i > 0 ? ' ' : null}
          <kbd>{keyLabel(combo, mac)}</kbd>
        </span>
      ))}
    </>
  );
}

/** The reader's keyboard shortcuts (opened with "?" or from the reading settings). */
export function ShortcutsPanel() {
  const mac = isMac();
  const toggleKeys = useToggleReaderKeys();
  return (
    // Focusable: the list is taller than a short window, and the keyboard must be able to scroll it.
    <dl className="folio-keys" tabIndex={0}>
      <div>
        <dt>{t('keysToggleReader')}</dt>
        <dd>{toggleKeys ? <Keys combos={[toggleKeys]} mac={mac} /> : toggleKeys === null ? t('keysNotSet') : null}</dd>
      </div>
      {READER_SHORTCUTS.map((shortcut) => (
        <div key={shortcut.action}>
          <dt>{t(shortcut.action)}</dt>
          <dd>
            <Keys combos={shortcut.combos} mac={mac} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
