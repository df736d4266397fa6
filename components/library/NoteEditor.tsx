import { useId, useState } from 'react';
import type { HighlightRecord } from '../../utils/db';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';

/**
 * A highlight's note, edited in the library's Highlights view without opening the article:
 * "Add note" / "Edit note" opens a field in place; Save stores it (Ctrl/⌘+Enter too), Cancel or
 * Esc leaves it as it was. A failed save keeps the field open with the text and says why.
 */
export function NoteEditor({ record }: { record: HighlightRecord }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(record.note);
  const [problem, setProblem] = useState<string>();
  if (!editing) {
    return (
      <button
        type="button"
        onClick={() => {
          setText(record.note);
          setEditing(true);
        }}
      >
        {t(record.note ? 'editNote' : 'addNoteAction')}
      </button>
    );
  }
  const save = async () => {
    try {
      await getFolioService().updateHighlight(record.id, { note: text });
      setProblem(undefined);
      setEditing(false);
    } catch (error) {
      setProblem(t('noteSaveFailed', (error as Error).message));
    }
  };
  return (
    <div className="library-note-form">
      <label htmlFor={id}>{t('note')}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        // biome-ignore lint/a11y/noAutofocus: opened by "Edit note" to write it at once.
        autoFocus
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(false);
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      <div className="library-note-actions">
        <button type="button" className="library-primary-button" onClick={() => void save()}>
          {t('save')}
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('cancel')}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="library-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
