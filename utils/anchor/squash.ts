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

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function squash(raw: string): Squashed {
  const out: string[] = [];
  const map: number[] = [];
  for (const match of raw.matchAll(CLUSTER)) {
    const cluster = match[0];
    if (/^\s/u.test(cluster)) continue;
    const normalized = /[^\p{ASCII}]/u.test(cluster) ? cluster.normalize('NFC') : cluster;
    // Every unit of a cluster maps to the cluster's start (endOf finds the cluster's end).
    for (const unit of normalized.split('')) {
      out.push(unit);
      map.push(match.index as number);
    }
  }
  map.push(raw.length);
  return { text: out.join(''), map };
}

/** Only the squashed text (no map), for quotes and their context: a fast path. */
export function squashText(raw: string): string {
  const compact = raw.replace(/\s+/gu, '');
  return /[^\p{ASCII}]/u.test(compact) ? compact.normalize('NFC') : compact;
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
  const cluster = raw.slice(last).match(/^(?:\P{M}\p{M}*|\p{M}+)/su)?.[0] ?? '';
  return last + Math.max(1, cluster.length);
}
