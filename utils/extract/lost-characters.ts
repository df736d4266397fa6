/**
 * A heading whose non-ASCII characters a site's encoding lost: each became a "?" (or U+FFFD), so
 * that "Event Planning: Beginner’s Guide" shows as "Event Planning? Beginner? Guide". The page's
 * metadata often still carries the title intact; where it says the same words with one to three
 * characters in place of each mark, its wording is the title. Pure string work, no patterns:
 * the text is the page's.
 */

const LOST_MARKS = new Set(['?', '\uFFFD']);
/** The most characters one lost mark can stand for ("’s" is two; an ellipsis and space three). */
const MAX_LOST_RUN = 3;

/**
 * The reference's wording of `text` when `text` is it with characters lost to marks, else `text`.
 * A mark that stands for punctuation only ("Why Now? A Guide" over "Why Now: A Guide") is a
 * question mark the author wrote; at least one mark must stand for letters ("’s") or sit inside a
 * word ("caf?") to count as lost.
 */
export function restoreLostCharacters(text: string, references: string[]): string {
  if (![...text].some((char) => LOST_MARKS.has(char))) return text;
  for (const reference of references) {
    const restored = matchWithLostMarks(text, reference);
    if (restored) return restored;
  }
  return text;
}

function matchWithLostMarks(text: string, reference: string): string | undefined {
  const pieces = splitOnMarks(text);
  const ref = reference.toLowerCase();
  const first = pieces[0]?.text.toLowerCase() ?? '';
  if (!first) return undefined;
  const start = ref.indexOf(first);
  if (start < 0) return undefined;
  let at = start + first.length;
  let sawLostLetters = false;
  for (const piece of pieces.slice(1)) {
    const wanted = piece.text.toLowerCase();
    // The gap the marks left: one to three characters per mark, none of them a space.
    let gap = 1;
    const longest = MAX_LOST_RUN * piece.marksBefore;
    while (gap <= longest && !ref.startsWith(wanted, at + gap)) gap++;
    if (gap > longest) return undefined;
    const stoodFor = reference.slice(at, at + gap);
    if ([...stoodFor].some((char) => /\s/.test(char))) return undefined;
    if (/[\p{L}\p{N}]/u.test(stoodFor) || piece.marksInsideWord) sawLostLetters = true;
    at += gap + wanted.length;
  }
  return sawLostLetters ? reference.slice(start, at) : undefined;
}

type Piece = { text: string; marksBefore: number; marksInsideWord: boolean };

/** "a? b?c" → pieces "a", " b" (one mark before), "c" (one mark, inside a word). */
function splitOnMarks(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece = { text: '', marksBefore: 0, marksInsideWord: false };
  let marks = 0;
  let markAfterLetter = false;
  for (const char of text) {
    if (LOST_MARKS.has(char)) {
      if (marks === 0) markAfterLetter = /[\p{L}\p{N}]/u.test(current.text.slice(-1));
      marks++;
      continue;
    }
    if (marks > 0) {
      pieces.push(current);
      current = { text: '', marksBefore: marks, marksInsideWord: markAfterLetter && /[\p{L}\p{N}]/u.test(char) };
      marks = 0;
    }
    current.text += char;
  }
  // Marks at the very end are the title's own question marks: they stay in the last piece.
  if (marks > 0) current.text += text.slice(text.length - marks);
  pieces.push(current);
  return pieces;
}
