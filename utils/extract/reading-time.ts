import { countCjk, countLatinWords } from './text';

/** Reading speeds by script: CJK characters and Latin words per minute. */
export const CJK_CHARS_PER_MINUTE = 350;
export const LATIN_WORDS_PER_MINUTE = 230;

/** Whole minutes, at least 1 for any text. */
export function readingTimeMinutes(text: string): number {
  const minutes = countCjk(text) / CJK_CHARS_PER_MINUTE + countLatinWords(text) / LATIN_WORDS_PER_MINUTE;
  return text.trim() ? Math.max(1, Math.round(minutes)) : 0;
}
