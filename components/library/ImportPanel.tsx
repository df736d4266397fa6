import { useId, useState } from 'react';
import {
  applyImport,
  existingQuotes,
  type ImportedRecords,
  prepareCopies,
  undoImport,
} from '../../utils/db/import-batch';
import { t } from '../../utils/i18n';
import { type ImportPreview, previewOf } from '../../utils/import/preview';
import { readImport } from '../../utils/import/read-import';
import type { ImportBatch } from '../../utils/import/types';
import { libraryDb } from '../../utils/pages/library-db';
import { savedCopyOf } from '../../utils/pages/saved-copy';
import { ALL_PAGES } from '../../utils/protocol/messages';
import { broadcastDataChanged } from '../../utils/services/broadcast';
import { failureMessage } from '../../utils/services/failure-message';
import { FileChooser, LeftOutList } from './FileChooser';

type State =
  | { step: 'idle' }
  | { step: 'busy'; message: string }
  | { step: 'preview'; batch: ImportBatch; preview: ImportPreview }
  | { step: 'done'; ok: boolean; message: string; undo?: ImportedRecords };

/**
 * Import from the tools people are leaving (Omnivore, Kindle, Hypothesis, Readwise, Folio's own
 * Web Annotations): the file is read and compared with the library first, and a preview says what
 * it holds, what is already here and what cannot be read; then it is written in one transaction,
 * and can be undone as one step.
 */
export function ImportPanel({ onChanged }: { onChanged: () => void }) {
  const titleId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const changed = async () => {
    await broadcastDataChanged(ALL_PAGES);
    onChanged();
  };
  const fail = (error: unknown) =>
    setState({ step: 'done', ok: false, message: t('importFailed', failureMessage(error, t)) });

  const check = async (file: File) => {
    setState({ step: 'busy', message: t('importChecking') });
    try {
      const batch = readImport(file.name, new Uint8Array(await file.arrayBuffer()));
      const preview = previewOf(batch, await existingQuotes(libraryDb(), batch));
      setState({ step: 'preview', batch, preview });
    } catch (error) {
      fail(error);
    }
  };
  const write = async (batch: ImportBatch) => {
    setState({ step: 'busy', message: t('importWriting') });
    try {
      const copies = await prepareCopies(batch, savedCopyOf, (done, total) =>
        setState({
          step: 'busy',
          message: t('importProgress', [String(Math.floor((done / total) * 100)), String(done), String(total)]),
        }),
      );
      setState({ step: 'busy', message: t('importWriting') });
      const added = await applyImport(libraryDb(), batch, copies);
      await changed();
      setState({
        step: 'done',
        ok: true,
        message: t('importWritten', [String(added.articleIds.length), String(added.highlightIds.length)]),
        undo: added,
      });
    } catch (error) {
      fail(error);
    }
  };
  const undo = async (added: ImportedRecords) => {
    try {
      await undoImport(libraryDb(), added);
      await changed();
      setState({ step: 'done', ok: true, message: t('importUndone') });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="library-restore-panel">
      <FileChooser
        label={t('importFrom')}
        accept=".zip,.txt,.json,.jsonld,.csv"
        disabled={state.step === 'busy'}
        onFile={(file) => void check(file)}
      />
      {state.step === 'busy' ? (
        <p role="status" className="library-ok">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" className={state.ok ? 'library-ok' : 'library-error'}>
          {state.message}
          {state.undo ? (
            <button type="button" className="library-undo" onClick={() => void undo(state.undo as ImportedRecords)}>
              {t('undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <section className="library-restore-preview" aria-labelledby={titleId}>
          <h2 id={titleId}>{t('importPreviewTitle')}</h2>
          <p>
            {t('importFound', [
              state.preview.format,
              String(state.preview.articles),
              String(state.preview.highlights),
              String(state.preview.notes),
            ])}
          </p>
          {state.preview.duplicates ? <p>{t('importDuplicates', String(state.preview.duplicates))}</p> : null}
          <LeftOutList rejected={state.preview.rejected} />
          <div className="library-restore-actions">
            <button
              type="button"
              className="library-primary"
              disabled={state.preview.highlights - state.preview.duplicates + state.preview.articles === 0}
              onClick={() => void write(state.batch)}
            >
              {t('importConfirm')}
            </button>
            <button type="button" onClick={() => setState({ step: 'done', ok: true, message: t('importCancelled') })}>
              {t('cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
