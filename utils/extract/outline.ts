import { normalizeSpace } from './text';
import type { OutlineEntry } from './types';

const NUMERAL = '[一二三四五六七八九十百零〇两]+';

/**
 * Chinese essays number their sections in plain paragraphs, not headings. Each pattern is a
 * level: 一、 (1), （一） (2), 第一， / 一是 / 1. (3). Only the start of a paragraph counts.
 */
const NUMBERED_SECTIONS: { level: number; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^${NUMERAL}\\s*[、.．]`) },
  { level: 2, pattern: new RegExp(`^[（(]${NUMERAL}[）)]`) },
  { level: 3, pattern: new RegExp(`^第${NUMERAL}[，,、]`) },
  { level: 3, pattern: new RegExp(`^${NUMERAL}是`) },
  { level: 3, pattern: /^\d{1,2}\s*[.、．]\s*(?!\d)/ },
];

/** The heading part of a numbered paragraph: up to its first sentence end, at most 40 chars. */
function sectionLabel(text: string): string {
  const end = text.search(/[。！？!?；;：:]/);
  const label = end > 0 ? text.slice(0, end) : text;
  return label.length > 40 ? `${label.slice(0, 40)}…` : label;
}

/**
 * Builds the outline from headings and numbered paragraphs, giving each an `id` (the text is
 * never changed) so the reader can link to it.
 */
export function buildOutline(content: Element): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let n = 0;
  for (const el of content.querySelectorAll('h1, h2, h3, h4, h5, h6, p')) {
    const text = normalizeSpace(el.textContent ?? '');
    if (!text) continue;
    let level: number | undefined;
    if (el.tagName !== 'P') level = Math.max(1, Number(el.tagName[1]) - 1);
    else if (text.length <= 400) level = NUMBERED_SECTIONS.find((s) => s.pattern.test(text))?.level;
    if (level === undefined) continue;
    const id = el.getAttribute('id') || `folio-section-${++n}`;
    el.setAttribute('id', id);
    entries.push({ id, level: Math.min(level, 4), text: el.tagName === 'P' ? sectionLabel(text) : text });
  }
  return entries;
}
