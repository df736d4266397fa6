import { descendantsWithTag } from './dom';
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
 * Essay sites put several essays on one page, each under a line that is the page's title
 * numbered: "…存在的问题一", "…存在的问题二" under the title "…存在的问题三篇". Such a line starts
 * an essay; it is found by the title's stem (the title less its "三篇", "【汇总】" or numeral).
 */
function isEssayTitleLine(text: string, title: string | undefined): boolean {
  if (!title || text.length > 60 || /[。！？!?；;：:，,]/.test(text)) return false;
  const stem = title.replace(
    /(?:【[^】]*】|[（(][^）)]*[）)]|\d+篇|[一二三四五六七八九十两几多]+篇|\d+|[一二三四五六七八九十])+$/,
    '',
  );
  const rest = text.startsWith(stem) ? text.slice(stem.length) : undefined;
  return stem.length >= 4 && rest !== undefined && new RegExp(`^(?:${NUMERAL}|\\d+)$`).test(rest);
}

/**
 * Builds the outline from headings and numbered paragraphs, giving each an `id` (the text is
 * never changed) so the reader can link to it. Where the page holds several essays (see
 * isEssayTitleLine) and it holds two or more, their title lines come first and the numbered
 * sections one level below.
 */
export function buildOutline(content: Element, title?: string): OutlineEntry[] {
  const found: { el: Element; level: number; text: string; essay: boolean }[] = [];
  for (const el of descendantsWithTag(content, 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P')) {
    const text = normalizeSpace(el.textContent ?? '');
    if (!text) continue;
    let level: number | undefined;
    const essay = el.tagName === 'P' && isEssayTitleLine(text, title);
    if (essay) level = 1;
    else if (el.tagName !== 'P') level = Math.max(1, Number(el.tagName[1]) - 1);
    else if (text.length <= 400) level = NUMBERED_SECTIONS.find((s) => s.pattern.test(text))?.level;
    if (level === undefined) continue;
    found.push({ el, level, text: el.tagName === 'P' && !essay ? sectionLabel(text) : text, essay });
  }
  // One such line is just the essay's own title line: the outline starts below it.
  const essays = found.filter((f) => f.essay).length >= 2;
  let n = 0;
  return found
    .filter((f) => essays || !f.essay)
    .map(({ el, level, text, essay }) => {
      const id = el.getAttribute('id') || `folio-section-${++n}`;
      el.setAttribute('id', id);
      return { id, level: Math.min(essays && !essay ? level + 1 : level, 4), text };
    });
}
