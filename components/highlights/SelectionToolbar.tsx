import type { HighlightColor } from '../../utils/db/types';
import { t } from '../../utils/i18n';
import { ColorSwatches } from './ColorSwatches';

interface Props {
  /** Where the selection is, in the reader's coordinates. */
  top: number;
  left: number;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
  /** Reads aloud from the selected passage on; absent where the browser cannot speak. */
  onReadAloud?: () => void;
}

/** The small toolbar over a selection: five colours, a note, copy, read aloud from here. */
export function SelectionToolbar({ top, left, onHighlight, onNote, onCopy, onReadAloud }: Props) {
  return (
    <div
      className="folio-selection-toolbar"
      role="toolbar"
      aria-label={t('selectionToolbar')}
      style={{ top, left }}
      // Keep the selection: a mousedown on the toolbar would otherwise collapse it.
      onMouseDown={(event) => event.preventDefault()}
    >
      <ColorSwatches action onPick={onHighlight} />
      <button type="button" className="folio-button" onClick={onNote}>
        {t('addNote')}
      </button>
      <button type="button" className="folio-button" onClick={onCopy}>
        {t('copy')}
      </button>
      {onReadAloud ? (
        <button type="button" className="folio-button" onClick={onReadAloud} title={t('listenFromHere')}>
          <span aria-hidden="true">▷</span>
          <span className="folio-tool-label">{t('listenFromHere')}</span>
        </button>
      ) : null}
    </div>
  );
}
