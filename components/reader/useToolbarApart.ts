import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/** Room kept between the toolbar and the end of the column's lines. */
const GAP_PX = 8;
/**
 * More room needed before the toolbar goes back beside the text than it took to leave it: a
 * scrollbar that comes or goes with the strip moves the column a few pixels, and must not flip
 * the layout back and forth.
 */
const RETURN_MARGIN_PX = 24;

/**
 * Whether the toolbar must stand apart from the text, in a strip of its own above the reading
 * area. The toolbar floats at the top right; in a window too narrow for it beside the column (at
 * the default width, any window under about 1,300 px: a laptop's, half a screen) the lines
 * scrolled under it were hidden by its buttons. Measured rather than set by a media query: the
 * column's width is the reader's setting, the toolbar's width depends on the page (the offline
 * article page has more buttons).
 *
 * The strip comes and goes with the window's width and the reader's settings, when the text
 * reflows anyway; not with a panel (see measure).
 */
export function useToolbarApart(reader: RefObject<HTMLElement | null>): boolean {
  const [apart, setApart] = useState(false);
  const apartNow = useRef(false);
  // Measured before the first paint too, so the text does not open in one place and jump.
  useLayoutEffect(() => {
    const root = reader.current;
    const toolbar = root?.querySelector('.folio-toolbar');
    const scroll = root?.querySelector('.folio-scroll');
    const column = root?.querySelector('.folio-article');
    if (!root || !toolbar || !scroll || !column) return;
    const measure = () => {
      const bar = toolbar.getBoundingClientRect();
      // Measured without a docked panel only: the strip follows the window and the settings,
      // never a panel's coming and going, which would also change the view's height (and, near
      // the article's end, which line is at its top).
      if (!root.dataset.panel) {
        const style = getComputedStyle(column);
        const box = column.getBoundingClientRect();
        const lineEnd = box.right - Number.parseFloat(style.paddingRight);
        const lineStart = box.left + Number.parseFloat(style.paddingLeft);
        const room = bar.left - lineEnd;
        const next = bar.right > lineStart && room < GAP_PX + (apartNow.current ? RETURN_MARGIN_PX : 0);
        if (next !== apartNow.current) {
          apartNow.current = next;
          setApart(next);
        }
      }
      // A wide table grows past the column toward the reading area's edges, centred on the
      // column: while the toolbar floats over the reading area's right side, it stops short of
      // that side on both (reader.css reads the width the toolbar takes).
      const view = scroll.getBoundingClientRect();
      const taken = apartNow.current ? 0 : Math.max(0, view.right - bar.left + GAP_PX);
      root.style.setProperty('--folio-toolbar-room', `${Math.ceil(taken)}px`);
    };
    measure();
    // The column moves when the reading area changes size (the window narrows) and narrows with
    // the width setting; the toolbar widens when a button's label changes.
    const observer = new ResizeObserver(measure);
    for (const element of [root, toolbar, scroll, column]) observer.observe(element);
    return () => observer.disconnect();
  }, [reader]);
  return apart;
}
