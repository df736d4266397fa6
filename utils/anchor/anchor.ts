import type { Selector, TextPositionSelector, TextQuoteSelector } from '../db/types';
import { matchQuote, positionContextHolds } from './match-quote';
import { endOf, type Squashed, squash, squashText, startOf } from './squash';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets, type TextIndex } from './text-index';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  /** Offsets in the root's text: what anchoring finds, and what sorting and painting use. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** The DOM range of those offsets, made when asked for (painting needs it, sorting does not). */
  toRange(): Range | undefined;
}

/**
 * W3C Web Annotation selectors for a range inside `root`: a TextQuoteSelector (the exact text and
 * 32 characters either side) and a TextPositionSelector, both measured on the root's text.
 * Undefined when the range is outside the root or holds no text.
 */
export function describe(
  root: Element,
  range: Range,
  index: TextIndex = buildTextIndex(root),
): [TextQuoteSelector, TextPositionSelector] | undefined {
  const offsets = offsetsFromRange(index, root, range);
  if (!offsets || offsets.end <= offsets.start) return undefined;
  const { start, end } = offsets;
  const { text } = index;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * Finds the selectors' text again in `root`: the position first, accepted only if its text is the
 * quote; then the quote, told apart from its repeats by context and nearness; then a fuzzy match
 * with a minimum score. Undefined means an orphan: the highlight is not on this page (any more),
 * and it is never placed on other words instead.
 */
export function anchor(
  root: Element,
  selectors: Selector[],
  index: TextIndex = buildTextIndex(root),
): Anchored | undefined {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const { text } = index;
  const found = (start: number, end: number, method: AnchorMethod): Anchored => ({
    start,
    end,
    method,
    toRange: () => rangeFromOffsets(index, start, end),
  });
  if (!quote) {
    return position && position.end <= text.length ? found(position.start, position.end, 'position') : undefined;
  }
  const exact = squashText(quote.exact);
  if (!exact) return undefined;
  const squashed = squashedText(index);
  const context = { prefix: squashText(quote.prefix), suffix: squashText(quote.suffix) };
  if (position && position.end <= text.length && squashText(text.slice(position.start, position.end)) === exact) {
    const [from, to] = [squashedOffset(squashed.map, position.start), squashedOffset(squashed.map, position.end)];
    if (positionContextHolds(squashed.text, from, to, context)) return found(position.start, position.end, 'position');
  }
  const hint = position ? squashedOffset(squashed.map, position.start) : undefined;
  const match = matchQuote(squashed.text, exact, { ...context, ...(hint === undefined ? {} : { hint }) });
  if (!match) return undefined;
  return found(startOf(squashed, match.start), endOf(squashed, text, match.end), match.exact ? 'quote' : 'fuzzy');
}

const squashCache = new WeakMap<TextIndex, Squashed>();

/** The index's text squashed once, however many highlights are anchored in it. */
function squashedText(index: TextIndex): Squashed {
  let squashed = squashCache.get(index);
  if (!squashed) {
    squashed = squash(index.text);
    squashCache.set(index, squashed);
  }
  return squashed;
}

/** The squashed position of a raw offset (binary search in the squashed→raw map). */
function squashedOffset(map: number[], raw: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as number) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
