import { type FormEvent, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';
import {
  DEFAULT_SYNC_SETTINGS,
  folderUrlOf,
  SYNC_INTERVALS,
  type SyncSettingsView,
  serverPermissionOf,
} from '../../utils/sync/settings';
import type { SyncStatus } from '../../utils/sync/status';
import { loadSyncStatus, watchSyncStatus } from '../../utils/sync/sync-storage';
import { syncFailureText, syncStatusLines } from './sync-messages';

type Notice = { ok: boolean; text: string } | undefined;

/**
 * Sync settings: the WebDAV server, its app password, the folder, an optional passphrase, how
 * often; Test connection, Save and sync (which asks for this one server's permission, in the
 * click), Sync now; and the live status. The saved password is never sent back here: an empty
 * field keeps it.
 */
export function SyncSettingsForm() {
  const ids = {
    url: useId(),
    user: useId(),
    password: useId(),
    folder: useId(),
    passphrase: useId(),
    interval: useId(),
  };
  const [saved, setSaved] = useState<SyncSettingsView>();
  const { enabled: _enabled, ...defaults } = DEFAULT_SYNC_SETTINGS;
  const [form, setForm] = useState(defaults);
  const [status, setStatus] = useState<SyncStatus>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getFolioService()
      .getSyncSettings()
      .then((view) => {
        setSaved(view);
        setForm((f) => ({
          ...f,
          serverUrl: view.serverUrl,
          user: view.user,
          folder: view.folder,
          intervalMinutes: view.intervalMinutes,
          backups: view.backups,
        }));
      });
    void loadSyncStatus().then(setStatus);
    return watchSyncStatus(setStatus);
  }, []);

  const input = () => ({
    ...form,
    keepPassword: !form.password,
    keepPassphrase: !form.passphrase,
  });
  const field = (name: keyof typeof form) => (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => {
    const target = event.currentTarget;
    setForm((f) => ({
      ...f,
      [name]: target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value,
    }));
  };

  const run = async (work: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  /** The server's permission, asked in the click (a browser asks only then). */
  const allowServer = async (): Promise<boolean> => {
    let pattern: string;
    try {
      folderUrlOf(form);
      pattern = serverPermissionOf(form);
    } catch {
      return true; // the background says what is wrong with the address, in words
    }
    return browser.permissions.request({ origins: [pattern] });
  };

  const test = () =>
    run(async () => {
      if (!(await allowServer())) return { ok: false, text: t('syncDenied') };
      const result = await getFolioService().testSyncConnection(input());
      if (result.ok) return { ok: true, text: t(result.folderMissing ? 'syncTestOkMissing' : 'syncTestOk') };
      return { ok: false, text: result.error ? syncFailureText(result.error) : result.message };
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (!(await allowServer())) return { ok: false, text: t('syncDenied') };
      const view = await getFolioService().saveSyncSettings({ ...input(), enabled: true });
      setSaved(view);
      setForm((f) => ({ ...f, password: '', passphrase: '' }));
      return { ok: true, text: t('syncSaved') };
    });
  };

  const turnOff = () =>
    run(async () => {
      setSaved(await getFolioService().saveSyncSettings({ enabled: false, keepPassword: true, keepPassphrase: true }));
      return { ok: true, text: t('syncTurnedOff') };
    });

  const syncNow = () =>
    run(async () => {
      const after = await getFolioService().syncNow();
      return after.lastError && after.state === 'error'
        ? { ok: false, text: syncFailureText(after.lastError) }
        : undefined;
    });

  const enabled = Boolean(saved?.enabled);
  return (
    <form className="options-sync options-form" onSubmit={save} aria-busy={busy}>
      <p className="folio-hint">{t('optionsSyncHelp')}</p>
      <label htmlFor={ids.url}>{t('syncServerUrl')}</label>
      <input
        id={ids.url}
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        required
        value={form.serverUrl}
        onChange={field('serverUrl')}
        aria-describedby={`${ids.url}-hint`}
      />
      <p id={`${ids.url}-hint`} className="folio-hint">
        {t('syncServerUrlHint')}
      </p>
      <label htmlFor={ids.user}>{t('syncUser')}</label>
      <input
        id={ids.user}
        autoComplete="username"
        spellCheck={false}
        required
        value={form.user}
        onChange={field('user')}
      />
      <SecretField
        id={ids.password}
        label={t('syncPassword')}
        value={form.password}
        onChange={field('password')}
        saved={saved?.hasPassword ? t('syncPasswordSaved') : undefined}
        help={t('syncPasswordHelp')}
      />
      <label htmlFor={ids.folder}>{t('syncFolder')}</label>
      <input id={ids.folder} spellCheck={false} value={form.folder} onChange={field('folder')} />
      <SecretField
        id={ids.passphrase}
        label={t('syncPassphrase')}
        value={form.passphrase}
        onChange={field('passphrase')}
        saved={saved?.hasPassphrase ? t('syncPassphraseSaved') : undefined}
        help={t('syncPassphraseHelp')}
      />
      <label htmlFor={ids.interval}>{t('syncInterval')}</label>
      <select id={ids.interval} value={form.intervalMinutes} onChange={field('intervalMinutes')}>
        {SYNC_INTERVALS.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('syncMinutes', String(minutes))}
          </option>
        ))}
      </select>
      <div className="options-toggle">
        <input id={`${ids.interval}-backups`} type="checkbox" checked={form.backups} onChange={field('backups')} />
        <label htmlFor={`${ids.interval}-backups`}>{t('syncBackups')}</label>
      </div>
      <div className="options-actions">
        <button type="button" className="folio-button" onClick={() => void test()} disabled={busy}>
          {t('syncTest')}
        </button>
        <button type="submit" className="folio-button folio-button-primary" disabled={busy}>
          {t('syncSave')}
        </button>
        {enabled ? (
          <>
            <button
              type="button"
              className="folio-button"
              onClick={() => void syncNow()}
              disabled={busy || status?.state === 'syncing'}
            >
              {t('syncNow')}
            </button>
            <button type="button" className="folio-button" onClick={() => void turnOff()} disabled={busy}>
              {t('syncTurnOff')}
            </button>
          </>
        ) : null}
      </div>
      {notice ? (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'options-ok' : 'options-error'}>
          {notice.text}
        </p>
      ) : null}
      <div
        className="options-sync-status"
        role="status"
        aria-live="polite"
        data-state={enabled ? status?.state : 'off'}
      >
        {status ? syncStatusLines(status, enabled).map((line) => <p key={line}>{line}</p>) : null}
        {enabled && status?.state === 'error' && status.lastError ? (
          <p className="options-error">{syncFailureText(status.lastError)}</p>
        ) : null}
        {enabled && status?.paused ? <p>{t('syncStatusPaused')}</p> : null}
      </div>
    </form>
  );
}

/**
 * A password or passphrase field. A saved one never comes back to the page: the field stays
 * empty, with dots as its placeholder and `saved` ("A password is saved…") before the help.
 */
function SecretField({
  id,
  label,
  value,
  onChange,
  saved,
  help,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (event: { currentTarget: HTMLInputElement }) => void;
  saved: string | undefined;
  help: string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={onChange}
        placeholder={saved ? '••••••••' : ''}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="folio-hint">
        {saved ? `${saved} ` : ''}
        {help}
      </p>
    </>
  );
}
