import { useId, useState } from 'react';
import type { HighlightRecord } from '../../utils/db';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';
import { InlineEditActions } from './InlineEditActions';
import { useInlineEdit } from './useInlineEdit';

/**
 * A highlight's note, edited in the library's Highlights view without opening the article:
 * "Add note" / "Edit note" opens a field in place; Save stores it (Ctrl/⌘+Enter too), Cancel or
 * Esc leaves it as it was. A failed save keeps the field open with the text and says why.
 */
export function NoteEditor({ record }: { record: HighlightRecord }) {
  const id = useId();
  const [text, setText] = useState(record.note);
  const { editing, setEditing, problem, commit } = useInlineEdit((reason) => t('noteSaveFailed', reason));
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
  const save = () => commit(() => getFolioService().updateHighlight(record.id, { note: text }));
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
        <InlineEditActions onSave={() => void save()} onCancel={() => setEditing(false)} />
      </div>
      {problem ? (
        <p role="alert" className="library-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
