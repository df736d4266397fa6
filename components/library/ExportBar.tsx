import { useId, useState } from 'react';
import { t } from '../../utils/i18n';
import { downloadFile } from '../../utils/pages/download';
import { allMarkdownZip, backupJson, combinedMarkdown, webAnnotationsJson } from '../../utils/pages/exports';
import { getFolioService } from '../../utils/services/client';

const today = () => new Date().toISOString().slice(0, 10);

/** Take everything away, or bring it back: Markdown zip, JSON backup, Web Annotations, restore. */
export function ExportBar() {
  const fileId = useId();
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setStatus({ ok: false, message: t('exportFailed', (error as Error).message) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="library-exports" aria-label={t('exportTitle')}>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(async () => {
            const zip = await allMarkdownZip((done, total) =>
              setStatus({ ok: true, message: t('exportProgress', [String(done), String(total)]) }),
            );
            downloadFile(`folio-markdown-${today()}.zip`, zip as Uint8Array<ArrayBuffer>, 'application/zip');
            setStatus({ ok: true, message: t('exportDone') });
          })
        }
      >
        {t('exportMarkdownZip')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(async () =>
            downloadFile(`folio-notes-${today()}.md`, await combinedMarkdown(), 'text/markdown;charset=utf-8'),
          )
        }
      >
        {t('exportCombined')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(async () => downloadFile(`folio-backup-${today()}.json`, await backupJson(), 'application/json'))
        }
      >
        {t('exportBackup')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(async () =>
            downloadFile(`folio-annotations-${today()}.jsonld`, await webAnnotationsJson(), 'application/ld+json'),
          )
        }
      >
        {t('exportAnnotations')}
      </button>
      <label htmlFor={fileId} className="library-restore">
        {t('restoreBackup')}
      </label>
      <input
        id={fileId}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          void run(async () => {
            setStatus({ ok: true, message: t('restoreChecking') });
            const result = await getFolioService().importBackup(await file.text());
            setStatus(
              result.ok
                ? {
                    ok: true,
                    message: t('restoreDone', [String(result.summary.articles), String(result.summary.highlights)]),
                  }
                : { ok: false, message: `${t('restoreRefused')} ${result.errors.join(' ')}` },
            );
          });
        }}
      />
      {status ? (
        <p role="status" className={status.ok ? 'library-ok' : 'library-error'}>
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
