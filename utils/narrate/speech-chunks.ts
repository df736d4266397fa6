/**
 * How a block of the article is cut into utterances for reading aloud. Pure.
 *
 * One utterance per sentence or few: Chrome's network voices stop about 15 seconds into a long
 * utterance and never say the rest, and a short utterance is also where pausing, skipping and a
 * change of speed take effect (an utterance cannot change speed once begun). Sentences are found
 * by the browser's own `Intl.Segmenter`, which knows 。！？ as well as ". ", and short ones are
 * joined so that the voice does not stop after every "Mr.".
 */

/** About 12 seconds of speech: 180 Latin characters, or 60 Chinese characters (weighed 3 each). */
export const MAX_UTTERANCE_WEIGHT = 180;
const CJK_WEIGHT = 3;

function isWide(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) ||
    code >= 0x20000
  );
}

/** How long a piece of text takes to say, roughly: a CJK character is about three letters' worth. */
export function spokenWeight(text: string): number {
  let weight = 0;
  for (const char of text) weight += isWide(char.codePointAt(0) ?? 0) ? CJK_WEIGHT : 1;
  return weight;
}

/** Where a too-long sentence may be cut: after a clause mark or a space. */
const BREAK_AFTER = new Set([' ', ',', ';', ':', '，', '；', '：', '、', '—', '）', ')']);

/** A sentence longer than `max`, cut at its last clause mark or space before each limit. */
function cutLongSentence(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  const chars = [...sentence];
  let start = 0;
  let weight = 0;
  let lastBreak = -1;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    weight += isWide(char.codePointAt(0) ?? 0) ? CJK_WEIGHT : 1;
    if (weight > max && i > start) {
      // Cut after the last break if there is one in this piece, else just before this character.
      const end = lastBreak >= start ? lastBreak + 1 : i;
      pieces.push(chars.slice(start, end).join(''));
      start = end;
      weight = spokenWeight(chars.slice(start, i + 1).join(''));
      lastBreak = -1;
    }
    if (BREAK_AFTER.has(char)) lastBreak = i;
  }
  if (start < chars.length) pieces.push(chars.slice(start).join(''));
  return pieces;
}

/** One segmenter a language, made once: making one for each of 100,000 paragraphs took 0.7 s. */
const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string | undefined): Intl.Segmenter | null {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = null; // a language tag the browser does not know
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

function sentencesOf(text: string, lang: string | undefined): string[] {
  const segmenter = segmenterFor(lang);
  // Without one, the text as one sentence, cut by length below.
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : [text];
}

/** The utterances that say `text` (white space collapsed), in order; none for blank text. */
export function speechChunks(text: string, lang?: string, max = MAX_UTTERANCE_WEIGHT): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const chunks: string[] = [];
  let current = '';
  let currentWeight = 0;
  for (const sentence of sentencesOf(clean, lang)) {
    const weight = spokenWeight(sentence);
    for (const piece of weight > max ? cutLongSentence(sentence, max) : [sentence]) {
      const pieceWeight = piece === sentence ? weight : spokenWeight(piece);
      if (current && currentWeight + pieceWeight > max) {
        chunks.push(current.trim());
        current = '';
        currentWeight = 0;
      }
      current += piece;
      currentWeight += pieceWeight;
    }
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks.filter(Boolean);
}

/** Where each utterance starts in `text` (white space already collapsed, as the reader's blocks are). */
export function chunkStarts(text: string, chunks: readonly string[]): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const chunk of chunks) {
    const at = text.indexOf(chunk, from);
    const start = at < 0 ? from : at;
    starts.push(start);
    from = start + chunk.length;
  }
  return starts;
}

/**
 * How long the word at `index` is, for voices that say where a word starts but not its length
 * (Firefox's): to the next space, or one character of Chinese or Japanese, which has no spaces.
 */
export function wordLengthAt(text: string, index: number): number {
  const first = text.codePointAt(index) ?? 0;
  if (isWide(first)) return String.fromCodePoint(first).length;
  let end = index;
  while (end < text.length && text[end] !== ' ' && !isWide(text.codePointAt(end) ?? 0)) end++;
  return Math.max(1, end - index);
}
