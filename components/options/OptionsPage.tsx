import { t } from '../../utils/i18n';
import { readerCssVariables, resolveTheme } from '../../utils/settings';
import { articleScript } from '../../utils/settings/script';
import { SettingsPanel } from '../reader/SettingsPanel';
import { usePrefersDark, useReaderSettings } from '../reader/useReaderSettings';
import { AutoHighlightsToggle } from './AutoHighlightsToggle';
import { ObsidianSettingsForm } from './ObsidianSettingsForm';
import { ShortcutsLink } from './ShortcutsLink';
import { SiteRulesEditor } from './SiteRulesEditor';
import { SyncSettingsForm } from './SyncSettingsForm';
import { TemplateEditor } from './TemplateEditor';

const SHORTCUTS: [string, Parameters<typeof t>[0]][] = [
  ['Alt+Shift+R', 'optionsKeyToggle'],
  ['Alt+Shift+H', 'optionsKeyHighlight'],
  ['Alt+Shift+L', 'optionsKeyListen'],
  ['Esc', 'optionsKeyEscape'],
  ['Tab / Shift+Tab', 'optionsKeyTab'],
];

/**
 * Options: reading settings with a live preview, keyboard help, sync, the template, Obsidian,
 * site rules.
 */
export function OptionsPage() {
  const [settings, update] = useReaderSettings();
  const theme = resolveTheme(settings.theme, usePrefersDark());
  // Worded and previewed for text in the UI's language: "about 35 characters a line" in Chinese.
  const script = articleScript(navigator.language, '');
  return (
    <main className="folio-options" data-theme={theme}>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="options-reading">
        <h2 id="options-reading">{t('readerSettings')}</h2>
        <SettingsPanel settings={settings} onChange={update} script={script} />
        <h3 id="options-preview">{t('readingPreviewTitle')}</h3>
        {/* The reader's own typography on a sample paragraph, changing as the settings do. */}
        <section
          className="options-reading-preview"
          aria-labelledby="options-preview"
          style={readerCssVariables(settings, script) as React.CSSProperties}
        >
          <p>{t('readingPreviewSample')}</p>
        </section>
      </section>
      <section aria-labelledby="options-keys">
        <h2 id="options-keys">{t('optionsKeysTitle')}</h2>
        <table className="options-keys">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="folio-hint">{t('optionsKeysChange')}</p>
        <ShortcutsLink />
      </section>
      <section aria-labelledby="options-auto">
        <h2 id="options-auto">{t('optionsAutoTitle')}</h2>
        <AutoHighlightsToggle />
      </section>
      <section aria-labelledby="options-sync">
        <h2 id="options-sync">{t('optionsSyncTitle')}</h2>
        <SyncSettingsForm />
      </section>
      <section aria-labelledby="options-template">
        <h2 id="options-template">{t('optionsTemplateTitle')}</h2>
        <TemplateEditor />
      </section>
      <section aria-labelledby="options-obsidian">
        <h2 id="options-obsidian">{t('optionsObsidianTitle')}</h2>
        <ObsidianSettingsForm />
      </section>
      <section aria-labelledby="options-rules">
        <h2 id="options-rules">{t('optionsRulesTitle')}</h2>
        <p className="folio-hint">{t('optionsRulesHelp')}</p>
        <SiteRulesEditor />
      </section>
    </main>
  );
}
