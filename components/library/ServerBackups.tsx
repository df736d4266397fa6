import { useEffect, useId, useState } from 'react';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';
import type { BackupEntry } from '../../utils/sync/remote-store';
import { localTime } from '../options/sync-messages';

/**
 * The automatic backups sync keeps on the server (utils/sync/server-backups.ts), each restorable
 * through the same preview as a backup file. Shown once sync is set up; listed on demand, since
 * it asks the server.
 */
export function ServerBackups({ disabled, onChoose }: { disabled: boolean; onChoose: (file: string) => void }) {
  const headingId = useId();
  const [configured, setConfigured] = useState(false);
  const [backups, setBackups] = useState<BackupEntry[]>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void getFolioService()
      .getSyncSettings()
      .then((view) => setConfigured(Boolean(view.serverUrl && view.hasPassword)))
      .catch(() => {});
  }, []);
  if (!configured) return null;

  const list = async () => {
    setProblem(undefined);
    try {
      setBackups(await getFolioService().listServerBackups());
    } catch (error) {
      setProblem(t('restoreServerFailed', (error as Error).message));
    }
  };

  return (
    <section className="library-server-backups" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('restoreFromServer')}</h3>
      {backups === undefined ? (
        <button type="button" onClick={() => void list()} disabled={disabled}>
          {t('restoreServerShow')}
        </button>
      ) : backups.length === 0 ? (
        <p>{t('restoreServerNone')}</p>
      ) : (
        <ul>
          {backups.map((backup) => (
            <li key={backup.file}>
              <button type="button" disabled={disabled} onClick={() => onChoose(backup.file)}>
                {t('restoreServerItem', [localTime(Date.parse(backup.createdAt)), formatSize(backup.bytes)])}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem ? (
        <p role="alert" className="library-error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
