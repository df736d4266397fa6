import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

interface Props {
  /** The highlight's text in the article: the editor opens just under it. */
  range: Range;
  /** The reader's scrolling box: the editor lives in its content, so it scrolls with the text. */
  scroller: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/** The widest the editor gets; narrower when the column is. */
const MAX_WIDTH = 448;
/** The room kept between the highlight and the editor, and at the bottom of the view. */
const GAP = 8;

/**
 * The note editor as a card just below its highlight, in the text column: the passage being
 * annotated stays in sight above it (a side sheet used to cover it), and the card is as tall as
 * what it holds. It is placed in the scroller's content coordinates, so it moves with the text,
 * and placed again when the column's width changes (a panel docking, the window resized).
 */
export function AnchoredEditor({ range, scroller, children }: Props) {
  const card = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number; width: number }>();

  useLayoutEffect(() => {
    const view = scroller.current;
    if (!view) return;
    const measure = () => {
      const frame = view.getBoundingClientRect();
      const marked = range.getBoundingClientRect();
      const column = view.querySelector('.folio-content')?.getBoundingClientRect() ?? frame;
      const width = Math.min(column.width, MAX_WIDTH);
      const left = Math.min(Math.max(marked.left, column.left), column.right - width);
      setPlace({
        top: marked.bottom - frame.top + view.scrollTop + GAP,
        left: left - frame.left + view.scrollLeft,
        width,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(view);
    const content = view.querySelector('.folio-content');
    if (content) observer.observe(content);
    return () => observer.disconnect();
  }, [range, scroller]);

  // Once placed, bring the card into view if it opened below the fold, without pushing the
  // highlight above the top. Not scrollIntoView: it would scroll the page underneath as well.
  const placed = place !== undefined;
  useEffect(() => {
    const view = scroller.current;
    const box = card.current;
    if (!placed || !view || !box) return;
    const frame = view.getBoundingClientRect();
    const bottom = box.getBoundingClientRect().bottom + GAP - frame.bottom;
    const roomAbove = range.getBoundingClientRect().top - frame.top - GAP;
    if (bottom > 0) view.scrollBy({ top: Math.min(bottom, Math.max(0, roomAbove)), behavior: 'instant' });
    // The note field takes the keyboard now: while the card was unplaced (hidden) it could not.
    box.querySelector('textarea')?.focus({ preventScroll: true });
  }, [placed, range, scroller]);

  return (
    <div
      ref={card}
      className="folio-anchored-editor"
      style={place ? { top: place.top, left: place.left, width: place.width } : { visibility: 'hidden' }}
    >
      {children}
    </div>
  );
}
