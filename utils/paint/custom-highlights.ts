import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/types';

/**
 * Painting highlights with the CSS Custom Highlight API: ranges are registered by name and styled
 * with ::highlight(<name>), so the DOM is never touched (no wrapper elements for page scripts or
 * styles to break, nothing for a re-render to lose). Chrome 105+, Firefox 140+.
 */

/** The registry name of each colour. */
export type HighlightNames = Record<HighlightColor, string>;

/** In the reader's own document, which no page can read: names that say what they are. */
export const READER_HIGHLIGHT_NAMES: HighlightNames = Object.fromEntries(
  HIGHLIGHT_COLORS.map((color) => [color, `folio-${color}`]),
) as HighlightNames;

/**
 * On a live page, whose scripts can list the highlight registry and the adopted style sheets:
 * random letters, new for each page load, that name neither Folio nor a colour.
 */
export function anonymousHighlightNames(): HighlightNames {
  const letters = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, letters()])) as HighlightNames;
}

/** The ::highlight rules that colour each name. */
export function highlightStyles(names: HighlightNames): string {
  return HIGHLIGHT_COLORS.map(
    (color) => `::highlight(${names[color]}) { background-color: ${HIGHLIGHT_PAINT[color]}; }`,
  ).join('\n');
}

const styledDocuments = new WeakSet<Document>();

/**
 * Gives one of Folio's own documents (the reader, a saved article's page) the ::highlight rules
 * for READER_HIGHLIGHT_NAMES, once: the same paint as the live page and the printer's marks,
 * written only in HIGHLIGHT_PAINT.
 */
export function adoptReaderHighlightStyles(doc: Document): void {
  const View = doc.defaultView;
  if (!View || styledDocuments.has(doc) || !('adoptedStyleSheets' in doc)) return;
  const sheet = new View.CSSStyleSheet();
  sheet.replaceSync(highlightStyles(READER_HIGHLIGHT_NAMES));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styledDocuments.add(doc);
}

/** Each colour's paint: in the reader, on the live page, and on paper (the print copy's marks). */
export const HIGHLIGHT_PAINT: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 212, 59, 0.5)',
  green: 'rgba(140, 233, 154, 0.5)',
  blue: 'rgba(116, 192, 252, 0.45)',
  pink: 'rgba(250, 162, 193, 0.5)',
  purple: 'rgba(177, 151, 252, 0.45)',
};

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
export function paintHighlights(win: Window, items: PaintItem[], names: HighlightNames): void {
  const api = registry(win);
  if (!api) return;
  for (const color of HIGHLIGHT_COLORS) {
    const ranges = items.filter((i) => i.color === color).map((i) => i.range);
    if (ranges.length) api.highlights.set(names[color], new api.Highlight(...ranges));
    else api.highlights.delete(names[color]);
  }
}

export function clearHighlights(win: Window, names: HighlightNames): void {
  const api = registry(win);
  for (const color of HIGHLIGHT_COLORS) api?.highlights.delete(names[color]);
}

/** The word being read aloud, in the reader's own document (::highlight(folio-spoken-word)). */
export const SPOKEN_WORD_NAME = 'folio-spoken-word';

/** Paints the word being read aloud, or clears it (`undefined`). */
export function paintSpokenWord(win: Window, range: Range | undefined): void {
  const api = registry(win);
  if (!api) return;
  if (range) api.highlights.set(SPOKEN_WORD_NAME, new api.Highlight(range));
  else api.highlights.delete(SPOKEN_WORD_NAME);
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
