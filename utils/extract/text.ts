import { descendantsWithTag } from './dom';

/** Small text helpers shared by the extraction steps. Script-aware: CJK text has no spaces. */

/** CJK characters, with CJK and full-width punctuation (。，「」…), which carry the same weight. */
export const CJK_CHAR =
  /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef]/g;

/**
 * Titles longer than this are not titles; every title pattern runs on at most this much, so
 * that a page cannot make them slow by giving itself a title of a million characters.
 */
export const MAX_TITLE_LENGTH = 300;

/** An ASCII digit, or not (undefined past a string's end is not one). */
export const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Zero-width characters (joiner, non-joiner, space, word joiner, BOM): not trimmed by `trim()`. */
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/** Holds a letter or a digit of any script: a name, not a placeholder ("/", "-"). */
export function namesSomething(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Nothing to see: only spaces and zero-width characters. */
export function isBlankText(text: string): boolean {
  for (const char of text) if (!ZERO_WIDTH.has(char) && char.trim()) return false;
  return true;
}

export function countCjk(text: string): number {
  // A loop over code units rather than CJK_CHAR.replace: a third of the time on a long Chinese
  // article, and no copy of the text.
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) count++;
  return count;
}

/** The code units CJK_CHAR matches, as number ranges (no regex call per character). */
function isCjkCode(code: number): boolean {
  if (code < 0x3000) return false;
  return (
    code <= 0x30ff ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Words of the scripts that space them (Latin, Cyrillic, Greek…): runs of letters and digits,
 * joined by an apostrophe or a hyphen ("don't", "well-known"). CJK characters are not words.
 */
export function countLatinWords(text: string): number {
  // A loop, not a \p{L} regex: matching every word took three times as long on an article.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const width = wordCharWidth(text, i);
    if (width) {
      if (!inWord) words++;
      inWord = true;
      i += width - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    const joiner = code === 0x27 || code === 0x2019 || code === 0x2d;
    if (!(inWord && joiner && wordCharWidth(text, i + 1))) inWord = false;
  }
  return words;
}

/** CJK_CHAR without the g flag, whose lastIndex would make `test` skip characters. */
export const ONE_CJK_CHAR =
  /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** How many UTF-16 units the word character at `i` takes (2 beyond the BMP), or 0 if it is none. */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  // Before the regexes: on a Chinese page nearly every character is CJK, and this made reading
  // time the costliest step of a 5 MB article (a third of a second in Chromium).
  if (isCjkCode(code)) return 0;
  const char = String.fromCodePoint(text.codePointAt(i) as number);
  return LETTER_OR_DIGIT.test(char) ? char.length : 0;
}

/**
 * A length comparable across scripts: one CJK character carries about as much as three Latin
 * characters (a word and its space), so thresholds tuned on English work on Chinese.
 */
export function weightedLength(text: string): number {
  const cjk = countCjk(text);
  return text.length - cjk + cjk * 3;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element): number {
  const total = normalizeSpace(element.textContent ?? '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of descendantsWithTag(element, 'A')) linked += normalizeSpace(a.textContent ?? '').length;
  return Math.min(1, linked / total);
}
