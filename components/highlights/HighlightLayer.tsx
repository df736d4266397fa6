import { type RefObject, useEffect, useState } from 'react';
import type { HighlightColor, HighlightRecord } from '../../utils/db';
import { t } from '../../utils/i18n';
import { highlightAt } from '../../utils/paint';
import { SelectionToolbar } from './SelectionToolbar';
import { selectionRangeIn } from './selection-range';
import type { SelectionProblem, useHighlights } from './useHighlights';

type Highlights = ReturnType<typeof useHighlights>;

const PROBLEM_MESSAGE: Record<SelectionProblem, Parameters<typeof t>[0]> = {
  empty: 'selectionEmpty',
  outside: 'selectionOutside',
  'too-long': 'selectionTooLong',
};

/** The selection toolbar's width and a margin (351 px measured with five colours, Note, Copy, ▷). */
const TOOLBAR_WIDTH = 360;

interface Props {
  reader: RefObject<HTMLElement | null>;
  content: RefObject<HTMLElement | null>;
  highlights: Highlights;
  onOpen: (record: HighlightRecord) => void;
  onNotice: (message: string, options?: { error?: boolean }) => void;
  /** Reads aloud from the selection's paragraph on. */
  onReadAloud?: (from: Range) => void;
}

/**
 * Making highlights: the toolbar over a selection in the article, Alt+Shift+H for the
 * selection, and a click on a highlight to open it.
 */
export function HighlightLayer({ reader, content, highlights, onOpen, onNotice, onReadAloud }: Props) {
  const [toolbar, setToolbar] = useState<{ top: number; left: number; range: Range }>();

  useEffect(() => {
    const readerEl = reader.current;
    const contentEl = content.current;
    if (!readerEl || !contentEl) return;
    const root = readerEl.ownerDocument;
    const update = () => {
      const range = selectionRangeIn(root);
      if (!range?.toString().trim() || !range.intersectsNode(contentEl)) {
        setToolbar(undefined);
        return;
      }
      const box = range.getBoundingClientRect();
      const frame = readerEl.getBoundingClientRect();
      setToolbar({
        range: range.cloneRange(),
        top: Math.max(8, box.top - frame.top - 48),
        left: Math.min(Math.max(8, box.left - frame.left), frame.width - TOOLBAR_WIDTH),
      });
    };
    const onPointerUp = (event: MouseEvent) => {
      // Read now, while the event is at hand; the check below runs a task later.
      const inContent = event.target instanceof Node && contentEl.contains(event.target);
      const { clientX, clientY } = event;
      // Let the selection settle first (a click collapses it after mouseup).
      setTimeout(() => {
        update();
        if (inContent && !selectionRangeIn(root)) {
          const hit = highlightAt(highlights.placed, clientX, clientY);
          if (hit) onOpen(hit.record);
        }
      }, 0);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyH') {
        event.preventDefault();
        const range = selectionRangeIn(root);
        void make(range, 'yellow');
      } else if (event.shiftKey || event.key.startsWith('Arrow')) {
        setTimeout(update, 0);
      }
    };
    readerEl.addEventListener('mouseup', onPointerUp);
    readerEl.addEventListener('keyup', onKey);
    return () => {
      readerEl.removeEventListener('mouseup', onPointerUp);
      readerEl.removeEventListener('keyup', onKey);
    };
  });

  const make = async (range: Range | undefined, color: HighlightColor): Promise<HighlightRecord | undefined> => {
    if (!range) {
      onNotice(t('selectionEmpty'));
      return undefined;
    }
    try {
      const made = await highlights.create(range, color);
      if (typeof made === 'string') {
        onNotice(t(PROBLEM_MESSAGE[made]));
        return undefined;
      }
      setToolbar(undefined);
      reader.current?.ownerDocument.getSelection()?.removeAllRanges();
      return made;
    } catch (error) {
      onNotice(t('highlightFailed', (error as Error).message), { error: true });
      return undefined;
    }
  };

  if (!toolbar) return null;
  return (
    <SelectionToolbar
      top={toolbar.top}
      left={toolbar.left}
      onHighlight={(color) => void make(toolbar.range, color)}
      onNote={async () => {
        const made = await make(toolbar.range, 'yellow');
        if (made) onOpen(made);
      }}
      onCopy={() => {
        // The selection is still there (the toolbar keeps it): copy it as the browser would,
        // which works on http pages too, where the async clipboard API does not.
        reader.current?.ownerDocument.execCommand('copy');
        onNotice(t('copied'));
      }}
      onReadAloud={
        onReadAloud &&
        (() => {
          onReadAloud(toolbar.range);
          setToolbar(undefined);
          reader.current?.ownerDocument.getSelection()?.removeAllRanges();
        })
      }
    />
  );
}
