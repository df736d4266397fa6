import { descendantsWithTag } from './dom';

/** Small text helpers shared by the extraction steps. Script-aware: CJK text has no spaces. */

/** CJK characters, with CJK and full-width punctuation (。，「」…), which carry the same weight. */
export const CJK_CHAR =
  /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef]/g;

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function countCjk(text: string): number {
  // The length that goes, not an array of every match (a Chinese page would allocate one per character).
  return text.length - text.replace(CJK_CHAR, '').length;
}

export function countLatinWords(text: string): number {
  return text.replace(CJK_CHAR, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
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
