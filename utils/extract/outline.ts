import { descendantsWithTag } from './dom';
import { BOILERPLATE_HEADING } from './patterns';
import { oneLineText } from './plain-text';
import { isDigit, MAX_TITLE_LENGTH, normalizeSpace } from './text';
import type { OutlineEntry } from './types';

/**
 * Chinese essays number their sections in plain paragraphs, not headings. Each pattern is a
 * level: 一、 (1), （一） (2), 第一， / 一是 / 1. (3). Only the start of a paragraph counts.
 * (The numerals are written out in each pattern so that the ReDoS check can read them.)
 */
export const NUMBERED_SECTIONS: { level: number; pattern: RegExp; sentenceOpener?: boolean }[] = [
  { level: 1, pattern: /^[一二三四五六七八九十百零〇两]+\s*[、.．]/ },
  { level: 2, pattern: /^[（(][一二三四五六七八九十百零〇两]+[）)]/ },
  { level: 1, pattern: /^第[一二三四五六七八九十百零〇两\d]+(?:部分|章|节|篇|讲)/ },
  { level: 3, pattern: /^第[一二三四五六七八九十百零〇两]+[，,、]/, sentenceOpener: true },
  { level: 3, pattern: /^[一二三四五六七八九十百零〇两]+是/, sentenceOpener: true },
  { level: 3, pattern: /^\d{1,2}\s*[.、．]\s*(?!\d)/ },
];
const ESSAY_NUMBER = /^(?:[一二三四五六七八九十百零〇两]+|\d+)$/;

/** The heading part of a numbered paragraph: up to its first sentence end, at most 40 chars. */
function sectionLabel(text: string): string {
  const end = text.search(/[。！？!?；;：:]/);
  const label = end > 0 ? text.slice(0, end) : text;
  return label.length > 40 ? `${label.slice(0, 40)}…` : label;
}

const COUNT_NUMERALS = '一二三四五六七八九十两几多'; // before 篇: 三篇, 几篇
const ORDINAL_NUMERALS = '一二三四五六七八九十'; // alone: 问题三

/** Where a bracketed label that ends at `end` ("【汇总】", "（精选3篇）") opens, or -1. Its
 * text holds no closing bracket, so it opens at the first opening one after the last closing. */
function bracketStart(text: string, end: number, opens: string, closes: string): number {
  let start = -1;
  for (let i = end - 2; i >= 0 && !closes.includes(text[i] as string); i--) {
    if (opens.includes(text[i] as string)) start = i;
  }
  return start;
}

/** Where the run of characters that `belongs` ends at `end` starts. */
function runStart(text: string, end: number, belongs: (c: string) => boolean): number {
  let i = end;
  while (i > 0 && belongs(text[i - 1] as string)) i--;
  return i;
}

/** Where the one label or number that ends the text at `end` starts; `end` when there is none. */
function suffixStart(text: string, end: number): number {
  const last = text[end - 1] ?? '';
  if (last === '】') return bracketStart(text, end, '【', '】');
  if (last === '）' || last === ')') return bracketStart(text, end, '（(', '）)');
  if (last === '篇') {
    const digits = runStart(text, end - 1, isDigit);
    if (digits < end - 1) return digits;
    const numerals = runStart(text, end - 1, (c) => COUNT_NUMERALS.includes(c));
    return numerals < end - 1 ? numerals : end;
  }
  if (isDigit(last)) return runStart(text, end, isDigit);
  return runStart(text, end, (c) => ORDINAL_NUMERALS.includes(c));
}

/**
 * A title less what numbers or labels it at its end: "【汇总】", "(精选3篇)", "三篇", "12", "三".
 * Taken off one at a time from the end, by hand: as one repeated alternation this was a pattern
 * that backtracked exponentially on a title of digits.
 */
export function titleStem(title: string): string {
  const text = title.slice(0, MAX_TITLE_LENGTH);
  let end = text.length;
  for (let start = suffixStart(text, end); start >= 0 && start < end; start = suffixStart(text, end)) end = start;
  return text.slice(0, end);
}

/**
 * Essay sites put several essays on one page, each under a line that is the page's title
 * numbered: "…存在的问题一", "…存在的问题二" under the title "…存在的问题三篇". Such a line starts
 * an essay; it is found by the title's stem (the title less its "三篇", "【汇总】" or numeral).
 */
export function isEssayTitleLine(text: string, stem: string | undefined): boolean {
  if (!stem || text.length > 60 || /[。！？!?；;：:，,]/.test(text)) return false;
  const rest = text.startsWith(stem) ? text.slice(stem.length) : undefined;
  return stem.length >= 4 && rest !== undefined && ESSAY_NUMBER.test(rest);
}

/**
 * Builds the outline from headings and numbered paragraphs, giving each an `id` (the text is
 * never changed) so the reader can link to it. Where the page holds several essays (see
 * isEssayTitleLine) and it holds two or more, their title lines come first and the numbered
 * sections one level below.
 */
export function buildOutline(content: Element, title?: string): OutlineEntry[] {
  const found: { el: Element; level: number; text: string; essay: boolean; paragraph: boolean }[] = [];
  const stem = title ? titleStem(title) : undefined;
  for (const el of descendantsWithTag(content, 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P')) {
    // A heading's lines (a <br>, a subtitle) are joined with a space; a paragraph's text is read
    // whole (most of them are not entries, and reading their lines costs more).
    const text = normalizeSpace(el.tagName === 'P' ? (el.textContent ?? '') : oneLineText(el));
    if (!text) continue;
    let level: number | undefined;
    // Essay title lines are paragraphs, or headings once promoteHeadingLines has set them so.
    const essay = (el.tagName === 'P' || el.tagName === 'H2') && isEssayTitleLine(text, stem);
    if (essay) level = 1;
    else if (el.tagName !== 'P') {
      // "Related posts", "Leave a reply": not a part of the article, so not a place to go.
      if (text.length <= 60 && BOILERPLATE_HEADING.test(text)) continue;
      level = Math.max(1, Number(el.tagName[1]) - 1);
    } else if (text.length <= 400) level = NUMBERED_SECTIONS.find((s) => s.pattern.test(text))?.level;
    if (level === undefined) continue;
    const paragraph = el.tagName === 'P';
    // A section line set as a heading may keep its site's full stop ("一、…问题。"); an outline
    // entry, like a heading in Chinese typesetting, does without it.
    const entry = paragraph && !essay ? sectionLabel(text) : text.endsWith('。') ? text.slice(0, -1) : text;
    found.push({ el, level, text: entry, essay, paragraph });
  }
  // One such line is just the essay's own title line: the outline starts below it.
  const essays = found.filter((f) => f.essay).length >= 2;
  const sectionId = uniqueSectionIds(content);
  return found
    .filter((f) => essays || !f.essay)
    .map(({ el, level, text, essay, paragraph }) => {
      const id = sectionId(el);
      el.setAttribute('id', id);
      // Sections still in paragraphs go one level under the essays; headings set below an essay
      // title are already a level down.
      return { id, level: Math.min(essays && !essay && paragraph ? level + 1 : level, 4), text };
    });
}

/**
 * The id each entry's element goes by: its own, unless an element before it has that id too
 * (pages repeat theirs: five "pros" headings, eighteen of one FAQ's), where the outline would
 * take the reader to the first; then, as for an element without one, `folio-section-N`, skipping
 * the numbers the page's own ids use.
 */
function uniqueSectionIds(content: Element): (el: Element) => string {
  const firstWithId = new Map<string, Element>();
  for (const el of content.querySelectorAll('[id]')) if (!firstWithId.has(el.id)) firstWithId.set(el.id, el);
  let n = 0;
  return (el) => {
    const own = el.getAttribute('id');
    if (own && firstWithId.get(own) === el) return own;
    let id: string;
    do id = `folio-section-${++n}`;
    while (firstWithId.has(id));
    firstWithId.set(id, el);
    return id;
  };
}
