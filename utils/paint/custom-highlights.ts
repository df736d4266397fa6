import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/types';

/**
 * Painting highlights with the CSS Custom Highlight API: ranges are registered by name and styled
 * with ::highlight(folio-<colour>), so the DOM is never touched (no wrapper elements for page
 * scripts or styles to break, nothing for a re-render to lose). Chrome 105+, Firefox 140+.
 */
export const highlightName = (color: HighlightColor) => `folio-${color}`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(
  win: Window,
): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | undefined {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined;
}

export interface PaintItem {
  color: HighlightColor;
  range: Range;
}

/** Replaces everything Folio painted in this window with `items`. */
export function paintHighlights(win: Window, items: PaintItem[]): void {
  const api = registry(win);
  if (!api) return;
  for (const color of HIGHLIGHT_COLORS) {
    const ranges = items.filter((i) => i.color === color).map((i) => i.range);
    if (ranges.length) api.highlights.set(highlightName(color), new api.Highlight(...ranges));
    else api.highlights.delete(highlightName(color));
  }
}

export function clearHighlights(win: Window): void {
  const api = registry(win);
  for (const color of HIGHLIGHT_COLORS) api?.highlights.delete(highlightName(color));
}

/**
 * Which highlight is under a point: the API paints but has no events of its own, so clicks are
 * matched against the ranges' boxes. The last (innermost, most recent) one wins when they overlap.
 */
export function highlightAt<T extends { range: Range }>(items: T[], x: number, y: number): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    for (const rect of item.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return item;
    }
  }
  return undefined;
}
