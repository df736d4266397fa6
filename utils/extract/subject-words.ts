import { titleWords } from './metadata';

/**
 * The words that say what a line is about, for telling whether two lines (a question and a
 * title) are about the same thing: not the short words and question words every line has, and
 * one word for "business" and "businesses", "tech" and "technology".
 */

/** Words shorter than this ("a", "is") are not compared… */
const MIN_WORD = 3;
/** …nor ones this short ("car", "tax") by their first letters: only whole. */
const SHORT_WORD = 4;
/** Two longer words are one when their first this many letters agree ("company", "companies"). */
const STEM = 5;
/** Words a question and a title share whatever they are about. */
const ASKING_WORDS = new Set(
  [
    'the and for are but not you all any can has had was our out how its may who why did get use way own per',
    'what when where which whom whose with your yours does that this these those from have will should would',
    'could there their they them about into more most best than then some other much many need like make',
    'just also been were here after before',
  ]
    .join(' ')
    .split(' '),
);

/** A line's words worth comparing, lower-cased. */
export function subjectWords(text: string): string[] {
  return titleWords(text).filter((w) => w.length >= MIN_WORD && !ASKING_WORDS.has(w));
}

/** One word, the other's start, or both start alike ("businesses" and "business", "tech" and "technology"). */
export function isSameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < SHORT_WORD) return false;
  const need = Math.min(STEM, shorter);
  return a.slice(0, need) === b.slice(0, need);
}
