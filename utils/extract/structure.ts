import { descendantsWithTag, firstDescendant, HEADING_TAGS, isHeading, isMediaElement } from './dom';
import { isEssayTitleLine, NUMBERED_SECTIONS, titleStem } from './outline';
import { BLOCK } from './plain-text';
import type { RemovalReport } from './report';
import { countCjk, normalizeSpace, weightedLength } from './text';

/** Longer than this, a numbered line is a paragraph that starts with a number, not a heading. */
const MAX_HEADING_LINE = 40;
/** A sentence ends inside: a paragraph. (A heading may end in a colon: "一、指导思想：".) */
const SENTENCE_END = /[。！？!?；;…]/;

/**
 * Chinese essays set their section titles as plain paragraphs: "一、总体要求", "（二）主要做法",
 * "1. 加强学习", "第三部分 工作安排", and, on pages of several essays, each essay's title line
 * ("…存在的问题二"). Those lines become headings, h2 down by level (one level lower under essay
 * titles), so the reader, the saved copy and the Markdown show the essay's own structure. Only
 * short lines with no sentence end count, and only in Chinese text; "第一，…" and "一是…" open
 * sentences and stay paragraphs.
 */
export function promoteHeadingLines(container: Element, title: string | undefined, report: RemovalReport): void {
  const stem = title ? titleStem(title) : undefined;
  const found: { el: Element; level: number; essay: boolean }[] = [];
  for (const el of descendantsWithTag(container, 'P')) {
    const text = normalizeSpace(el.textContent ?? '');
    if (!text || text.length > MAX_HEADING_LINE || !countCjk(text)) continue;
    // A sentence ends inside: a paragraph. A full stop only at the very end of a numbered line
    // ("一、当前青年读书中存在的问题。") is how many essay sites end their section lines.
    const body = text.endsWith('。') ? text.slice(0, -1) : text;
    if (SENTENCE_END.test(body) || (body !== text && !NUMBERED_SECTIONS.some((s) => s.pattern.test(text)))) continue;
    if (el.querySelector('img, br, a, table')) continue;
    if (isEssayTitleLine(text, stem)) {
      found.push({ el, level: 1, essay: true });
      continue;
    }
    const section = NUMBERED_SECTIONS.find((s) => s.pattern.test(text));
    if (section && !section.sentenceOpener) found.push({ el, level: section.level, essay: false });
  }
  // One essay title line alone is the article's own title repeated: it stays where it is.
  const essays = found.filter((f) => f.essay).length >= 2;
  for (const { el, level, essay } of found) {
    if (essay && !essays) continue;
    const depth = Math.min(6, 1 + level + (essays && !essay ? 1 : 0));
    const heading = el.ownerDocument.createElement(`h${depth}`);
    heading.append(...el.childNodes);
    el.replaceWith(heading);
  }
  const promoted = found.filter((f) => essays || !f.essay).length;
  if (promoted) report.note('post-clean', `${promoted} title and section lines set as headings`);
}

/**
 * Longer than this (by weightedLength), a heading's text is a paragraph's or a whole section's.
 * The longest real headings in the corpus (an interview's questions) are under 190 characters.
 */
const MAX_HEADING_LENGTH = 200;

/**
 * Headings that hold more than a heading, as some pages mark them up: a disclaimer or a
 * section's introduction set in an <h4> or <h6> for its look becomes a paragraph; a heading that
 * wraps its own section (an <h2> holding its title, then the paragraphs and the list under it)
 * keeps its title and lets the rest follow it. Either would be shown in heading type, whole, and
 * listed whole in the outline.
 */
export function repairOverlongHeadings(container: Element, report: RemovalReport): void {
  let repaired = 0;
  for (const heading of descendantsWithTag(container, ...HEADING_TAGS)) {
    if (weightedLength(normalizeSpace(heading.textContent ?? '')) <= MAX_HEADING_LENGTH) continue;
    repaired++;
    const firstBlock = [...heading.children].find((child) => BLOCK.test(child.tagName));
    if (!firstBlock) {
      setAsParagraph(heading);
      continue;
    }
    const section: Node[] = [];
    for (let node: Node | null = firstBlock; node; node = node.nextSibling) section.push(node);
    heading.after(...section);
    // Blocks from the start: the heading had no title of its own.
    if (!normalizeSpace(heading.textContent ?? '')) heading.remove();
  }
  if (repaired) report.note('post-clean', `${repaired} headings of a paragraph's length set as text`);
}

/**
 * Headings that head nothing, as some pages mark them up for their look: a writer's wide photo set
 * in an <h2> for its margins (a picture that did not load would be labelled in heading type), and
 * a list's items each set as a heading (a buying guide's "Fluke 117", "Klein Tools MM400" as <h2>s
 * in <li>s: product names in the outline, links in heading type). The photo becomes a paragraph's,
 * the item's words the item's own.
 */
export function demoteHeadingsThatHeadNothing(container: Element, report: RemovalReport): void {
  let demoted = 0;
  for (const heading of descendantsWithTag(container, ...HEADING_TAGS)) {
    const text = normalizeSpace(heading.textContent ?? '');
    if (!text && firstDescendant(heading, isMediaElement)) {
      setAsParagraph(heading);
      demoted++;
    } else if (text && isWholeListItem(heading, text)) {
      heading.replaceWith(...heading.childNodes);
      demoted++;
    }
  }
  if (demoted) report.note('post-clean', `${demoted} headings that head nothing set as text`);
}

/**
 * The whole of an item in a list of several: a list of one item holding a heading is how some
 * editors number a section's heading (`<ol start="2"><li><h3>…</h3></li></ol>`, the section's
 * paragraphs after the list), and heads them.
 */
function isWholeListItem(heading: Element, text: string): boolean {
  const item = heading.parentElement;
  if (item?.tagName !== 'LI' || normalizeSpace(item.textContent ?? '') !== text) return false;
  return item.previousElementSibling?.tagName === 'LI' || item.nextElementSibling?.tagName === 'LI';
}

/** A heading's contents as a paragraph, in the place of the heading or of the wrapper given. */
function setAsParagraph(heading: Element, replaced: Element = heading): void {
  const paragraph = heading.ownerDocument.createElement('p');
  paragraph.append(...heading.childNodes);
  replaced.replaceWith(paragraph);
}

/** At least this long (by weightedLength), a sentence heading the article is its standfirst. */
const MIN_STANDFIRST_LENGTH = 70;
/** Ends as a sentence does, maybe inside its closing quotes or brackets. */
const ENDS_AS_SENTENCE = /[.!?。！？…]["'”’」』)）\]]*$/;
const isBlock = (el: Element): boolean => BLOCK.test(el.tagName);

/**
 * A news deck or standfirst that the page sets in a heading under its title (USA TODAY's "Need a
 * new movie to watch? Stream these 10 at home for free…" in an <h2>): the article's first line of
 * text, a heading holding a whole sentence of some length. It reads as the opening paragraph, not
 * in heading type and not as the outline's first section. A question that heads a section ("What
 * is zero waste?", "When can I start training my new puppy?") is shorter, and stays a heading.
 */
export function readStandfirstAsParagraph(container: Element, report: RemovalReport): void {
  const firstLine = firstDescendant(
    container,
    // A wrapper's first block is found at once; its text, the whole article's, is not read.
    (el) => isBlock(el) && !firstDescendant(el, isBlock) && (el.textContent ?? '').trim() !== '',
  );
  if (!firstLine || !isHeading(firstLine) || firstLine.tagName === 'H1') return;
  const text = normalizeSpace(firstLine.textContent ?? '');
  if (weightedLength(text) < MIN_STANDFIRST_LENGTH || !ENDS_AS_SENTENCE.test(text)) return;
  // Some pages wrap the heading in a <p> of its own: one paragraph, not one inside another.
  const wrapper = firstLine.parentElement;
  const alone = wrapper?.tagName === 'P' && normalizeSpace(wrapper.textContent ?? '') === text;
  setAsParagraph(firstLine, alone ? wrapper : firstLine);
  report.note('post-clean', 'the standfirst, set as a heading, read as the opening paragraph');
}
