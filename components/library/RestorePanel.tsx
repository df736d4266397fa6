import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  type Backup,
  type PreferencesPlan,
  planPreferences,
  type RejectedItem,
  validateBackup,
} from '../../utils/backup';
import { applyRestore, planRestore, type RestoreSummary } from '../../utils/db';
import { t } from '../../utils/i18n';
import { libraryDb } from '../../utils/pages/library-db';
import { ALL_PAGES } from '../../utils/protocol/messages';
import { broadcastDataChanged } from '../../utils/services/broadcast';
import { getFolioService } from '../../utils/services/client';
import { failureMessage } from '../../utils/services/failure-message';
import { loadPreferences, restorePreferences } from '../../utils/settings/preferences-storage';
import { loadSiteRules, saveSiteRules } from '../../utils/settings/site-rules-storage';
import { FileChooser, LeftOutList } from './FileChooser';
import {
  initialSelection,
  type PreferencesSelection,
  preferencesWrite,
  RestorePreferences,
  siteNames,
} from './RestorePreferences';
import { ServerBackups } from './ServerBackups';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | {
      step: 'preview';
      backup: Backup;
      rejected: RejectedItem[];
      plan: RestoreSummary;
      /** What the file's settings, sites and reading positions would change here, if it has any. */
      preferences?: PreferencesPlan;
    }
  | { step: 'writing' }
  | { step: 'done'; ok: boolean; message: string };

/**
 * Restore from a backup file, in the library page itself (a backup can be larger than one
 * message may carry): the whole file is read and checked, the library compared with it, and a
 * preview says what would be added, updated, kept and left out, before the user says Restore.
 * Then all of it is written in one transaction, or nothing.
 */
export function RestorePanel({ onRestored }: { onRestored: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step === 'checking' || state.step === 'writing';

  const check = async (read: () => Promise<string>) => {
    setState({ step: 'checking' });
    try {
      const result = validateBackup(await read());
      if (!result.ok) {
        setState({ step: 'done', ok: false, message: `${t('restoreRefused')} ${result.errors.join(' ')}` });
        return;
      }
      const { backup, rejected } = result;
      const plan = await planRestore(libraryDb(), backup, rejected);
      const preferences = backup.preferences && planPreferences(backup.preferences, await loadPreferences());
      setState({ step: 'preview', backup, rejected, plan, preferences });
    } catch (error) {
      setState({ step: 'done', ok: false, message: t('restoreFailed', failureMessage(error, t)) });
    }
  };

  const restore = async (
    backup: Backup,
    rejected: RejectedItem[],
    preferences: PreferencesPlan | undefined,
    selection: PreferencesSelection,
  ) => {
    // Asked first, in the click itself: the browser allows a permission request only there.
    const sites = selection.sites ? (preferences?.newSites ?? []) : [];
    const sitesAllowed = sites.length
      ? await Promise.resolve(browser.permissions?.request({ origins: sites.map((site) => `${site}/*`) })).then(
          Boolean,
          () => false,
        )
      : false;
    setState({ step: 'writing' });
    try {
      const done = await applyRestore(libraryDb(), backup, rejected);
      // The backup's site rules join the user's; a rule of the same name here is kept as it is.
      if (backup.siteRules?.length) {
        const mine = await loadSiteRules();
        const names = new Set(mine.map((r) => r.name));
        await saveSiteRules([...mine, ...backup.siteRules.filter((r) => !names.has(r.name))]);
      }
      const settings = selection.settings && Boolean(preferences?.differing.length);
      if (backup.preferences) {
        await restorePreferences(backup.preferences, { settings, sites: sitesAllowed ? sites : [] });
      }
      await broadcastDataChanged(ALL_PAGES); // open readers and other library tabs
      onRestored();
      const written = t('restoreWritten', [
        String(done.added.articles),
        String(done.added.highlights),
        String(done.updated.articles),
        String(done.updated.highlights),
      ]);
      const notes = [
        settings ? t('restoreSettingsWritten') : '',
        sites.length && !sitesAllowed ? t('restoreSitesRefused', siteNames(sites)) : '',
      ];
      setState({ step: 'done', ok: true, message: [written, ...notes].filter(Boolean).join(' ') });
    } catch (error) {
      setState({ step: 'done', ok: false, message: t('restoreFailed', failureMessage(error, t)) });
    }
  };

  return (
    <div className="library-restore-panel">
      <FileChooser
        label={t('restoreBackup')}
        accept=".json,application/json"
        disabled={busy}
        onFile={(file) => void check(() => file.text())}
      />
      <ServerBackups disabled={busy} onChoose={(file) => void check(() => getFolioService().readServerBackup(file))} />
      {state.step === 'checking' || state.step === 'writing' ? (
        <p role="status" className="library-ok">
          {t(state.step === 'checking' ? 'restoreChecking' : 'restoreWriting')}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" className={state.ok ? 'library-ok' : 'library-error'}>
          {state.message}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <RestorePreview
          {...state}
          onRestore={(selection) => void restore(state.backup, state.rejected, state.preferences, selection)}
          onCancel={() => setState({ step: 'done', ok: true, message: t('restoreCancelled') })}
        />
      ) : null}
    </div>
  );
}

function RestorePreview({
  backup,
  rejected,
  plan,
  preferences,
  onRestore,
  onCancel,
}: {
  backup: Backup;
  rejected: RejectedItem[];
  plan: RestoreSummary;
  preferences?: PreferencesPlan;
  onRestore: (selection: PreferencesSelection) => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const [selection, setSelection] = useState<PreferencesSelection>(() =>
    preferences ? initialSelection(preferences) : { settings: false, sites: false },
  );
  const writes =
    plan.added.articles +
    plan.added.highlights +
    plan.updated.articles +
    plan.updated.highlights +
    plan.images +
    (preferences && preferencesWrite(preferences, selection) ? 1 : 0);
  const pair = (c: { articles: number; highlights: number }) => [String(c.articles), String(c.highlights)];
  return (
    <section className="library-restore-preview" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('restorePreviewTitle')}</h2>
      <p>{t('restoreInFile', [String(backup.articles.length), String(backup.highlights.length)])}</p>
      <ul>
        <li>{t('restoreWillAdd', pair(plan.added))}</li>
        <li>{t('restoreWillUpdate', pair(plan.updated))}</li>
        <li>{t('restoreWillKeep', pair(plan.kept))}</li>
        {plan.images ? <li>{t('restoreWillAddImages', String(plan.images))}</li> : null}
      </ul>
      {preferences ? <RestorePreferences plan={preferences} selection={selection} onChange={setSelection} /> : null}
      <LeftOutList rejected={rejected} />
      {writes === 0 ? <p role="status">{t('restoreNothingNew')}</p> : null}
      <div className="library-restore-actions">
        <button
          type="button"
          className="library-primary"
          disabled={writes === 0}
          onClick={() => onRestore(selection)}
          // biome-ignore lint/a11y/noAutofocus: the preview asks one question; its answer is here.
          autoFocus
        >
          {t('restoreConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
