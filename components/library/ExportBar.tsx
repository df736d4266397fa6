import { lazy, Suspense, useState } from 'react';
import { type MessageName, t } from '../../utils/i18n';
import { downloadFile } from '../../utils/pages/download';

/**
 * The exports, restore and import (Dexie, fflate, Papa Parse, Turndown) load when first used or
 * after the first paint: the library's first screen does not wait for them.
 */
const exports = () => import('../../utils/pages/exports');
const RestorePanel = lazy(() => import('./RestorePanel').then((m) => ({ default: m.RestorePanel })));
const ImportPanel = lazy(() => import('./ImportPanel').then((m) => ({ default: m.ImportPanel })));

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
    make: async () => (await exports()).combinedMarkdown(),
  },
  {
    label: 'exportBackup',
    name: 'folio-backup',
    extension: 'json',
    type: 'application/json',
    make: async () => (await exports()).backupJson(),
  },
  {
    label: 'exportAnnotations',
    name: 'folio-annotations',
    extension: 'jsonld',
    type: 'application/ld+json',
    make: async () => (await exports()).webAnnotationsJson(),
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
            const zip = await (await exports()).allMarkdownZip((done, total) =>
              setStatus({ ok: true, message: t('exportProgress', [String(done), String(total)]) }),
            );
            const name = `folio-markdown-${today()}.zip`;
            downloadFile(name, zip as Uint8Array<ArrayBuffer>, 'application/zip');
            setStatus({ ok: true, message: t('exportSavedFile', name) });
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
          onClick={() =>
            run(async () => {
              const file = `${name}-${today()}.${extension}`;
              downloadFile(file, await make(), type);
              setStatus({ ok: true, message: t('exportSavedFile', file) });
            })
          }
        >
          {t(label)}
        </button>
      ))}
      <Suspense fallback={null}>
        <RestorePanel onRestored={onRestored} />
        <ImportPanel onChanged={onRestored} />
      </Suspense>
      {status ? (
        <p role="status" className={status.ok ? 'library-ok' : 'library-error'}>
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
