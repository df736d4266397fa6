import { type FormEvent, useEffect, useId, useState } from 'react';
import { t } from '../../utils/i18n';
import { obsidianFolder } from '../../utils/markdown/obsidian-uri';
import type { ObsidianSettings } from '../../utils/settings/obsidian-settings';
import { loadObsidianSettings, saveObsidianSettings } from '../../utils/settings/obsidian-storage';

/**
 * Where "Send to Obsidian" (the reader's ◆, a library row's menu) puts a note: the vault (empty: the one Obsidian has
 * open), a folder in it, and whether the note holds the article's text. Saved with its button,
 * the folder shown as it will be used.
 */
export function ObsidianSettingsForm() {
  const ids = { vault: useId(), folder: useId(), article: useId() };
  const [form, setForm] = useState<ObsidianSettings>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadObsidianSettings().then(setForm);
  }, []);
  if (!form) return null;
  const change = (next: Partial<ObsidianSettings>) => {
    setForm({ ...form, ...next });
    setSaved(false);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const settings = { ...form, folder: obsidianFolder(form.folder) };
    await saveObsidianSettings(settings);
    setForm(settings);
    setSaved(true);
  };
  return (
    <form className="options-form" onSubmit={(e) => void save(e)}>
      <p className="folio-hint">{t('optionsObsidianHelp')}</p>
      <label htmlFor={ids.vault}>{t('obsidianVault')}</label>
      <input
        id={ids.vault}
        spellCheck={false}
        value={form.vault}
        placeholder={t('obsidianVaultPlaceholder')}
        onChange={(e) => change({ vault: e.currentTarget.value })}
      />
      <label htmlFor={ids.folder}>{t('obsidianFolder')}</label>
      <input
        id={ids.folder}
        spellCheck={false}
        value={form.folder}
        onChange={(e) => change({ folder: e.currentTarget.value })}
      />
      <div className="options-toggle">
        <input
          id={ids.article}
          type="checkbox"
          checked={form.includeArticle}
          onChange={(e) => change({ includeArticle: e.currentTarget.checked })}
        />
        <label htmlFor={ids.article}>{t('obsidianIncludeArticle')}</label>
      </div>
      <div className="options-actions">
        <button type="submit" className="folio-button folio-button-primary">
          {t('save')}
        </button>
      </div>
      <p role="status" className="options-ok">
        {saved ? t('obsidianSaved') : ''}
      </p>
    </form>
  );
}
