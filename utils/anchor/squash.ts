/**
 * Text compared without its formatting: whitespace removed (the reader and the live page lay out
 * the same words with different spaces and line breaks, and Chinese has none to lose), and each
 * character with its combining marks in NFC (so "é" typed two ways is one). `map` leads from each
 * squashed position back to the raw text; map[length] is the raw end.
 */
export interface Squashed {
  text: string;
  map: number[];
}

const MARK = /\p{M}/u;
const HAS_MARK = /\p{M}/u;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Combining marks only exist from U+0300 on: below that, no test is needed. */
const isMark = (raw: string, i: number) => raw.charCodeAt(i) >= 0x300 && MARK.test(raw[i] as string);

/**
 * One pass over the text (it may be a whole page): characters are copied as they are, and only
 * a character followed by combining marks is put in NFC with them.
 */
export function squash(raw: string): Squashed {
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    // A code point: a surrogate pair is one.
    let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length ? 2 : 1);
    while (end < raw.length && isMark(raw, end)) end++;
    const cluster = raw.slice(i, end);
    const normalized = end - i > 1 && HAS_MARK.test(cluster) ? cluster.normalize('NFC') : cluster;
    // Every unit of a cluster maps to the cluster's start (endOf finds the cluster's end).
    for (let k = 0; k < normalized.length; k++) {
      out.push(normalized[k] as string);
      map.push(i);
    }
    i = end;
  }
  map.push(raw.length);
  return { text: out.join(''), map };
}

/** Only the squashed text (no map), for quotes and their context: the same result as squash(). */
export function squashText(raw: string): string {
  const compact = raw.replace(/\s+/gu, '');
  return HAS_MARK.test(compact) ? squash(compact).text : compact;
}

/** Raw offset of a squashed start position. */
export function startOf(s: Squashed, i: number): number {
  return s.map[Math.min(i, s.map.length - 1)] as number;
}

/** Raw offset just after the squashed character before position `i` (an exclusive end). */
export function endOf(s: Squashed, raw: string, i: number): number {
  if (i <= 0) return startOf(s, 0);
  const last = s.map[i - 1] as number;
  // Past the whole cluster that starts at `last`.
  let end = last + (raw.charCodeAt(last) >= 0xd800 && raw.charCodeAt(last) <= 0xdbff ? 2 : 1);
  while (end < raw.length && isMark(raw, end)) end++;
  return end;
}
