import { useState } from 'react';
import { type MessageName, t } from '../../utils/i18n';
import { downloadFile } from '../../utils/pages/download';
import { allMarkdownZip, backupJson, combinedMarkdown, webAnnotationsJson } from '../../utils/pages/exports';
import { ImportPanel } from './ImportPanel';
import { RestorePanel } from './RestorePanel';

const today = () => new Date().toISOString().slice(0, 10);

/** Exports made in one step, as one file named `${name}-${date}.${extension}`. */
const ONE_FILE_EXPORTS: {
  label: MessageName;
  name: string;
  extension: string;
  type: string;
  make: () => Promise<string>;
}[] = [
  {
    label: 'exportCombined',
    name: 'folio-notes',
    extension: 'md',
    type: 'text/markdown;charset=utf-8',
    make: combinedMarkdown,
  },
  { label: 'exportBackup', name: 'folio-backup', extension: 'json', type: 'application/json', make: backupJson },
  {
    label: 'exportAnnotations',
    name: 'folio-annotations',
    extension: 'jsonld',
    type: 'application/ld+json',
    make: webAnnotationsJson,
  },
];

/** Take everything away, or bring it back: Markdown zip, JSON backup, Web Annotations, restore. */
export function ExportBar({ onRestored }: { onRestored: () => void }) {
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
      {ONE_FILE_EXPORTS.map(({ label, name, extension, type, make }) => (
        <button
          key={label}
          type="button"
          disabled={busy}
          onClick={() => run(async () => downloadFile(`${name}-${today()}.${extension}`, await make(), type))}
        >
          {t(label)}
        </button>
      ))}
      <RestorePanel onRestored={onRestored} />
      <ImportPanel onChanged={onRestored} />
      {status ? (
        <p role="status" className={status.ok ? 'library-ok' : 'library-error'}>
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
