import search from 'approx-string-match';
import { distance as levenshtein } from 'fastest-levenshtein';

/**
 * Finding a quote again in squashed text (see squash.ts), scored on the quote, its context and
 * its old position, in the manner of Hypothesis's match-quote.ts, with what it lacks: a minimum
 * score, and stricter rules for short quotes, so that a highlight never lands on the wrong words.
 */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote was, as a squashed offset (nearness breaks ties). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, 1 for the quote, prefix and suffix all exact. */
  score: number;
  exact: boolean;
}

/** Below this length (in squashed characters) a quote is matched exactly or not at all. */
export const SHORT_QUOTE = 12;
/** A fuzzy match may differ from the quote in at most this share of its characters. */
export const MAX_QUOTE_ERROR_RATE = 0.25;
/** A fuzzy match must score at least this overall (quote, prefix, suffix and position). */
export const MIN_FUZZY_SCORE = 0.7;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 4 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Similarity 0..1 of two short strings: 1 − Levenshtein distance / the longer length.
 * fastest-levenshtein (bit-parallel) because this runs for every exact copy of a common quote:
 * thousands of times per highlight in repetitive text.
 */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

function contextScores(text: string, start: number, end: number, context: QuoteContext) {
  const prefix = context.prefix
    ? similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix)
    : 1;
  const suffix = context.suffix ? similarity(text.slice(end, end + context.suffix.length), context.suffix) : 1;
  const position =
    context.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - context.hint) / Math.max(1, text.length));
  return { prefix, suffix, position };
}

function scoreOf(quote: number, c: { prefix: number; suffix: number; position: number }): number {
  return (
    (WEIGHTS.quote * quote + WEIGHTS.prefix * c.prefix + WEIGHTS.suffix * c.suffix + WEIGHTS.position * c.position) /
    TOTAL
  );
}

/** A short quote is common words: only its own context, on both sides, makes a place its place. */
function contextConfirms(c: { prefix: number; suffix: number }): boolean {
  return Math.min(c.prefix, c.suffix) >= 0.8;
}

function exactOccurrences(text: string, quote: string, limit = 1000): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && found.length < limit; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** A candidate this good is taken at once: the quote exact, and its context intact. */
const CONFIDENT_SCORE = 0.95;

/**
 * The best place for `quote` in `text`, or undefined when no place is good enough.
 *
 * In order of evidence: an exact occurrence with both sides of its context unchanged; the old
 * place told by its context alone (placeBetweenContext), edited or not; an exact occurrence that
 * scores as confidently as an untouched highlight does. Otherwise (the quote is gone, or
 * its exact words sit elsewhere in other surroundings) fuzzy matches compete with the exact ones on
 * the same score, near the old position first, then anywhere. The winner must score
 * MIN_FUZZY_SCORE and beat the runner-up; a short quote is never matched fuzzily and needs its own
 * context to be taken.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | undefined {
  if (!quote) return undefined;
  const candidates: (QuoteMatch & { c: { prefix: number; suffix: number; position: number } })[] = [];
  const consider = (start: number, end: number, errors: number) => {
    if (candidates.some((x) => x.start === start && x.end === end)) return;
    const c = contextScores(text, start, end, context);
    candidates.push({ start, end, c, score: scoreOf(1 - errors / quote.length, c), exact: errors === 0 });
  };
  for (const start of exactOccurrences(text, quote)) consider(start, start + quote.length, 0);
  // Confident: exact or nearly, its context intact, and where it was (when that is known).
  const confident = () => {
    const best = rank(candidates);
    return best && best.score >= CONFIDENT_SCORE && contextConfirms(best.c) && best.c.position >= 0.9
      ? best
      : undefined;
  };
  // Untouched: the quote and both sides of its context exactly as they were.
  const intact = rank(candidates.filter((x) => x.c.prefix === 1 && x.c.suffix === 1));
  if (intact) return strip(intact);
  // Its own place, found by its surroundings: both sides of context intact around a stretch of
  // about the quote's length. That is where the highlight was, edited or not, and it wins over
  // an exact copy of the words elsewhere (in repetitive text such copies share much context).
  const own = placeBetweenContext(text, quote, context);
  if (own) return own;
  if (confident()) return strip(confident());
  // A match near the old position, its context intact on both sides, clearly ahead of the other
  // near ones. It wins over a copy of the words far away: the highlight was edited where it was.
  const NEAR = 0.99;
  const confidentFuzzy = () => {
    const near = candidates.filter((x) => x.c.position >= NEAR).sort((a, b) => b.score - a.score);
    const [best, second] = near;
    if (!best || best.score < 0.9 || !contextConfirms(best.c)) return undefined;
    return second && best.score - second.score < 0.02 && !overlaps(best, second) ? undefined : best;
  };
  if (quote.length >= SHORT_QUOTE) {
    const maxErrors = Math.min(256, Math.floor(quote.length * MAX_QUOTE_ERROR_RATE));
    // The exact copies are candidates already; masked out, they cannot hide (the matcher reports
    // only the fewest-error matches it reads) an edited original elsewhere.
    const masked = candidates.length ? maskOut(text, candidates, quote.length) : text;
    const fuzzy = (windows: [number, number][]) => {
      for (const [from, to] of windows) {
        for (const m of search(masked.slice(from, to), quote, maxErrors))
          consider(from + m.start, from + m.end, m.errors);
      }
    };
    // Near the old position first: an edited highlight usually stayed about where it was, and a
    // match there with its context intact needs no search of the whole text.
    if (context.hint !== undefined) {
      const reach = quote.length * 2 + 4096;
      fuzzy([[Math.max(0, context.hint - reach), Math.min(text.length, context.hint + quote.length + reach)]]);
      const near = confidentFuzzy();
      if (near) return strip(near);
    }
    fuzzy(candidateWindows(masked, quote, maxErrors));
  }
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return undefined;
  // The one exact occurrence of a longer quote stands even where its surroundings changed
  // (paragraphs moved); anything else must score the minimum.
  const soleExact = best.exact && quote.length >= SHORT_QUOTE && candidates.filter((x) => x.exact).length === 1;
  if (!soleExact && best.score < MIN_FUZZY_SCORE) return undefined;
  // Tied: the quote is repeated and nothing says which one was meant.
  if (second && best.score - second.score < 1e-6 && !overlaps(best, second)) return undefined;
  if (quote.length < SHORT_QUOTE && !contextConfirms(best.c)) return undefined;
  return strip(best);
}

/** Context shorter than this on a side (start or end of the text) brackets nothing reliably. */
const MIN_BRACKET_CONTEXT = 16;

/**
 * The quote's old place, told by its context alone: an exact occurrence of the prefix followed,
 * a quote's length later (give or take the error budget), by an exact occurrence of the suffix.
 * The stretch between is taken when it is still like the quote (within MAX_QUOTE_ERROR_RATE,
 * short quotes included: 64 characters of unchanged context say more than a short quote's own
 * words). Unique or nothing: two such places are a repeated passage, for the other rules to judge.
 */
function placeBetweenContext(text: string, quote: string, context: QuoteContext): QuoteMatch | undefined {
  const { prefix, suffix } = context;
  if (prefix.length < MIN_BRACKET_CONTEXT || suffix.length < MIN_BRACKET_CONTEXT) return undefined;
  const slack = Math.max(1, Math.floor(quote.length * MAX_QUOTE_ERROR_RATE));
  let found: QuoteMatch | undefined;
  for (const p of exactOccurrences(text, prefix)) {
    const start = p + prefix.length;
    const last = Math.min(text.length - suffix.length, start + quote.length + slack);
    let at = Math.max(start + 1, start + quote.length - slack);
    while (at <= last && !text.startsWith(suffix, at)) at++;
    if (at > last) continue;
    const similar = similarity(text.slice(start, at), quote);
    if (similar < 1 - MAX_QUOTE_ERROR_RATE) continue;
    if (found) return undefined;
    const c = contextScores(text, start, at, context);
    found = { start, end: at, score: scoreOf(similar, c), exact: similar === 1 };
  }
  return found;
}

function rank<T extends { score: number }>(list: T[]): T | undefined {
  return list.reduce<T | undefined>((best, x) => (!best || x.score > best.score ? x : best), undefined);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function strip(m: (QuoteMatch & { c?: unknown }) | undefined): QuoteMatch | undefined {
  return m && { start: m.start, end: m.end, score: m.score, exact: m.exact };
}

function maskOut(text: string, spans: { start: number }[], length: number): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    parts.push(text.slice(at, start), '\u0000'.repeat(length));
    at = start + length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** More windows than this and the whole text is searched instead. */
const MAX_WINDOWS = 5000;

/**
 * Where a match with at most `maxErrors` errors can be: cut the quote into maxErrors + 1 pieces;
 * any such match contains one of them unchanged (pigeonhole). Windows around those pieces' exact
 * occurrences are all the fuzzy search needs to read ("filter, then verify"). Small windows
 * also matter for another reason: the matcher reports only the fewest-error matches of what it
 * reads, so one exact copy of the quote elsewhere in a large text would hide the edited original.
 */
function candidateWindows(text: string, quote: string, maxErrors: number): [number, number][] {
  const pieces = maxErrors + 1;
  const size = Math.floor(quote.length / pieces);
  const windows: [number, number][] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    const piece = quote.slice(offset, p === pieces - 1 ? quote.length : offset + size);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      windows.push([
        Math.max(0, at - offset - maxErrors),
        Math.min(text.length, at - offset + quote.length + maxErrors),
      ]);
      if (windows.length > MAX_WINDOWS) return [[0, text.length]];
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/**
 * Whether the text around an old position still reads like the highlight's context: the
 * position is only trusted when it does, or a common phrase that now happens to sit at the old
 * offsets would take the highlight.
 */
export function positionContextHolds(text: string, start: number, end: number, context: QuoteContext): boolean {
  const c = contextScores(text, start, end, context);
  return Math.max(c.prefix, c.suffix) >= 0.5;
}
