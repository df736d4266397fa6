import { foldText } from './search';

/** A piece of shown text, and whether it is one of the words searched for (drawn as <mark>). */
export interface MarkedPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into the parts that match any of `terms` (already folded, as queryTerms gives
 * them) and those between. Matching is the search's own (NFKC, case, width): each character is
 * folded alone, so a match found in the folded text maps back to the characters shown. One
 * left-to-right pass per term: linear in the text's length.
 */
export function markTerms(text: string, terms: string[]): MarkedPart[] {
  if (!terms.length || !text) return text ? [{ text, match: false }] : [];
  // folded[i] comes from the original character(s) starting at origin[i].
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldText(char);
    for (let k = 0; k < piece.length; k++) origin.push(at);
    folded += piece;
    at += char.length;
  }
  origin.push(text.length);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) {
      const end = origin[i + term.length] ?? text.length;
      for (let k = origin[i] ?? 0; k < end; k++) marked[k] = 1;
    }
  }
  const parts: MarkedPart[] = [];
  let start = 0;
  for (let k = 1; k <= text.length; k++) {
    if (k === text.length || marked[k] !== marked[start]) {
      parts.push({ text: text.slice(start, k), match: marked[start] === 1 });
      start = k;
    }
  }
  return parts;
}

/** Where in an article the words were found, to say so beside the snippet. */
export type SnippetSource = 'highlight' | 'note' | 'tag' | 'byline' | 'site' | 'address' | 'excerpt';

export interface Snippet {
  source: SnippetSource;
  parts: MarkedPart[];
}

/** How much text is shown on each side of the first match. */
const CONTEXT = 60;

/**
 * A few words around the first place `terms` match, from the first of `fields` that has one
 * (in the order given: the reader's highlights and notes say most about why an article came up).
 * Cut at the edges with an ellipsis; undefined when nothing matches.
 */
export function snippetOf(fields: { source: SnippetSource; text: string }[], terms: string[]): Snippet | undefined {
  if (!terms.length) return undefined;
  for (const { source, text } of fields) {
    const parts = markTerms(text, terms);
    const first = parts.findIndex((p) => p.match);
    if (first < 0) continue;
    const offset = parts.slice(0, first).reduce((n, p) => n + p.text.length, 0);
    return { source, parts: trimAround(parts, offset) };
  }
  return undefined;
}

/** Keeps CONTEXT characters before the first match and enough after it, with "…" where cut. */
function trimAround(parts: MarkedPart[], firstMatch: number): MarkedPart[] {
  const total = parts.reduce((n, p) => n + p.text.length, 0);
  const from = Math.max(0, firstMatch - CONTEXT);
  const to = Math.min(total, firstMatch + CONTEXT * 2);
  const kept: MarkedPart[] = [];
  let at = 0;
  for (const part of parts) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + part.text.length);
    if (end > start) kept.push({ text: part.text.slice(start - at, end - at), match: part.match });
    at += part.text.length;
  }
  if (from > 0) kept.unshift({ text: '…', match: false });
  if (to < total) kept.push({ text: '…', match: false });
  return kept;
}
