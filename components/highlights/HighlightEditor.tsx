import { useEffect, useId, useRef, useState } from 'react';
import type { HighlightChanges, HighlightRecord } from '../../utils/db';
import { quoteOf } from '../../utils/db/highlight-quote';
import { completedTagText, parseTagList } from '../../utils/db/tags';
import { t } from '../../utils/i18n';
import { refusedTagsText } from '../common/tag-problems';
import { ColorSwatches } from './ColorSwatches';

interface Props {
  record: HighlightRecord;
  /** The passage, repeated at the top: in the side panel, where the text is not in sight. */
  showQuote: boolean;
  knownTags: string[];
  /** Resolves once stored; rejects with the reason when the write failed. */
  onSave: (changes: HighlightChanges) => Promise<void>;
  onDelete: () => void;
  onClose: () => void;
  /** A save that failed after the editor was closed (another panel opened meanwhile): the
   * reader says so instead, with a retry, so the text is not lost without a word. */
  onFailedUnseen: (changes: HighlightChanges, reason: string) => void;
}

/**
 * A highlight opened: its colour, note and tags, and delete. Notes are plain text, shown as text
 * (HTML or Markdown in a note is never interpreted).
 */
export function HighlightEditor({ record, showQuote, knownTags, onSave, onDelete, onClose, onFailedUnseen }: Props) {
  const noteId = useId();
  const tagsId = useId();
  const listId = useId();
  const [note, setNote] = useState(record.note);
  const [tagText, setTagText] = useState(record.tags.join(', '));
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  /** Stored, or the editor stays open with the text and says why: pressing Save again retries. */
  const write = async (changes: HighlightChanges): Promise<boolean> => {
    setSaving(true);
    try {
      await onSave(changes);
      if (mounted.current) setProblem(undefined);
      return true;
    } catch (error) {
      if (mounted.current) setProblem(t('noteSaveFailed', (error as Error).message));
      else onFailedUnseen(changes, (error as Error).message);
      return false;
    } finally {
      if (mounted.current) setSaving(false);
    }
  };
  const save = async () => {
    if (saving) return;
    const { tags, refused } = parseTagList(tagText);
    if (refused.length) {
      setProblem(refusedTagsText(refused));
      return;
    }
    if ((await write({ note, tags })) && mounted.current) onClose();
  };
  return (
    <section
      className="folio-editor"
      aria-label={t('editHighlight')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {showQuote ? <blockquote className="folio-editor-quote">{quoteOf(record)}</blockquote> : null}
      <fieldset className="folio-field">
        <legend>{t('highlightColor')}</legend>
        <div className="folio-segmented">
          <ColorSwatches current={record.color} onPick={(color) => void write({ color })} />
        </div>
      </fieldset>
      <label htmlFor={noteId}>{t('note')}</label>
      <textarea
        id={noteId}
        value={note}
        rows={4}
        // biome-ignore lint/a11y/noAutofocus: opening the editor is asking to write the note.
        autoFocus
        onChange={(e) => setNote(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter is a new line in a note; Ctrl+Enter (⌘Enter) saves it, as in the library.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      <label htmlFor={tagsId}>{t('tags')}</label>
      <input
        id={tagsId}
        value={tagText}
        list={listId}
        placeholder={t('tagsPlaceholder')}
        onChange={(e) => setTagText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
        }}
      />
      <datalist id={listId}>
        {knownTags.map((tag) => (
          <option key={tag} value={completedTagText(tagText, tag)} />
        ))}
      </datalist>
      {problem ? (
        <p className="folio-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="folio-editor-actions">
        <button
          type="button"
          className="folio-button folio-button-primary"
          aria-disabled={saving}
          onClick={() => void save()}
        >
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" className="folio-button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="folio-button folio-button-danger" onClick={onDelete}>
          {t('deleteHighlight')}
        </button>
      </div>
    </section>
  );
}
