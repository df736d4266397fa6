/**
 * Anchoring highlights to text, robust to edits: `describe(root, range)` → W3C selectors;
 * `anchor(root, selectors)` → the range again, or undefined for an orphan. DOM only (a Range and
 * a TreeWalker): Node tests run it on happy-dom or jsdom.
 */
export { type Anchored, type AnchorMethod, anchor, CONTEXT_LENGTH, describe } from './anchor';
export { MAX_QUOTE_ERROR_RATE, MIN_FUZZY_SCORE, matchQuote, SHORT_QUOTE } from './match-quote';
export { squash } from './squash';
export { buildTextIndex, offsetsFromRange, rangeFromOffsets, type TextIndex } from './text-index';
