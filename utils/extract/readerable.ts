import { normalizeSpace, weightedLength } from './text';

/**
 * Is there probably an article here? Readability's isProbablyReaderable wants paragraphs of 140
 * characters, which most Chinese essays' paragraphs are not; lengths here are weighted by script
 * (a CJK character counts three), so the same thresholds hold for both.
 */
export function isProbablyReaderable(doc: Document, { minContentLength = 140, minScore = 20 } = {}): boolean {
  let score = 0;
  for (const node of doc.querySelectorAll('p, pre, article, div > br')) {
    const el = node.tagName === 'BR' ? (node.parentElement as Element) : node;
    if (el.closest('nav, footer, aside, header, [hidden], [aria-hidden="true"]')) continue;
    const length = weightedLength(normalizeSpace(el.textContent ?? ''));
    if (length < minContentLength) continue;
    score += Math.sqrt(length - minContentLength);
    if (score > minScore) return true;
  }
  return false;
}
