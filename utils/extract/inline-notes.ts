import { descendantElements } from './dom';
import { PAGE_ID_PREFIX } from './page-ids';
import { isDigit, normalizeSpace } from './text';

/**
 * Notes a page shows on demand inside its sentences: a footnote's text in a tooltip beside its
 * number (WordPress's Modern Footnotes), a glossary term's definition in a bubble beside the term
 * (`<dfn aria-labelledby="tip">`). The page hides them until pressed; in the article's copy they
 * stood in the middle of the sentence ("…every week.1I started writing this post… one. And
 * these…"). Each goes to a numbered list at the article's end; in its place stays a number that
 * links to it (and shows it on hover, as a page's own footnote numbers do: showNotesOnHover), and
 * the note links back.
 */

/**
 * The start of the ids of the notes and their numbers ("folio-note-1", "folio-note-mark-1"). The
 * sanitizer then prefixes them as it does the page's own ids, so a page that has ids of that form
 * already gets "folio-note2-1" and so on: its element must not take a note's link.
 */
const NOTE_ID_STEM = 'folio-note';

/** Attributes by which a term names the element that explains it. */
const REFERENCES = ['aria-describedby', 'aria-labelledby', 'aria-details'];

/** The blocks a sentence lives in: a note and its term share one. */
const SENTENCE_BLOCKS = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** What a note never is: a picture's caption (figures name theirs so), or a block of its own. */
const NOT_NOTES = new Set(['FIGCAPTION', 'FIGURE', 'IMG', 'PICTURE', 'P', 'TABLE', 'UL', 'OL']);

/** A footnote's own mark: "1", "12", "*", "†", "[3]". Longer is a term, which stays. */
const FOOTNOTE_MARK = /^[[(]?(?:\d{1,3}|[*†‡§¶]{1,3}|[a-z])[\])]?$/i;

interface InlineNote {
  /** The term or footnote mark the note belongs to. */
  anchor: Element;
  note: Element;
}

function sentenceBlock(el: Element): Element | null {
  for (let up = el.parentElement; up; up = up.parentElement) if (SENTENCE_BLOCKS.has(up.tagName)) return up;
  return null;
}

/** The notes in `root`, in document order, each with the term or mark it explains. */
function inlineNotes(root: Element): InlineNote[] {
  const elements = descendantElements(root);
  const byId = new Map<string, Element>();
  // Document order by number: jsdom's compareDocumentPosition counts siblings, thousands of them.
  const order = new Map<Element, number>();
  elements.forEach((el, i) => {
    order.set(el, i);
    if (el.id) byId.set(el.id, el);
  });
  const isNoteOf = (note: Element, anchor: Element) =>
    (order.get(note) ?? -1) > (order.get(anchor) ?? Number.POSITIVE_INFINITY) && explainsInPlace(note, anchor);
  const notes: InlineNote[] = [];
  const taken = new Set<Element>();
  const add = (anchor: Element, note: Element) => {
    taken.add(note);
    notes.push({ anchor, note });
  };
  for (const el of elements) {
    if (!el.hasAttributes()) continue;
    const named = REFERENCES.flatMap((name) => (el.getAttribute(name) ?? '').split(/\s+/))
      .map((id) => (id ? byId.get(id) : undefined))
      .find((target) => target && !taken.has(target) && isNoteOf(target, el));
    if (named) add(el, named);
    // A tooltip the page wrote right after a footnote's number, without naming it.
    else if (el.getAttribute('role') === 'tooltip' && !taken.has(el)) {
      const mark = el.previousElementSibling;
      if (mark?.tagName === 'SUP' && isNoteOf(el, mark)) add(mark, el);
    }
  }
  return notes;
}

/**
 * Whether `note`, which follows `anchor`, explains it from inside the same sentence: in the same
 * block, neither holding the other, with words of its own and no block or picture of its own.
 */
function explainsInPlace(note: Element, anchor: Element): boolean {
  if (NOT_NOTES.has(note.tagName) || note.contains(anchor) || anchor.contains(note)) return false;
  const block = sentenceBlock(anchor);
  if (!block || sentenceBlock(note) !== block) return false;
  if (!normalizeSpace(note.textContent ?? '')) return false;
  return !descendantElements(note).some((d) => NOT_NOTES.has(d.tagName) && d.tagName !== 'IMG');
}

/**
 * Moves the article's inline notes to a numbered list at its end (`<section role="doc-endnotes">`):
 * a footnote's mark becomes the note's number, a term keeps its words and gains the number after
 * them. Returns how many moved.
 */
export function moveInlineNotesToEnd(root: Element): number {
  const notes = inlineNotes(root);
  if (!notes.length) return 0;
  const doc = root.ownerDocument;
  const stem = unusedIdStem(root);
  const list = doc.createElement('ol');
  notes.forEach(({ anchor, note }, i) => {
    const number = String(i + 1);
    const mark = doc.createElement('sup');
    const link = doc.createElement('a');
    link.href = `#${stem}${number}`;
    link.id = `${stem}mark-${number}`;
    link.textContent = number;
    mark.append(link);
    // A footnote's mark (its number, or the link inside its <sup>) gives way to the note's number;
    // a term stays, and the number follows it.
    const footnoteMark =
      anchor.closest('sup') ?? (FOOTNOTE_MARK.test(normalizeSpace(anchor.textContent ?? '')) ? anchor : null);
    if (footnoteMark && root.contains(footnoteMark)) footnoteMark.replaceWith(mark);
    else {
      for (const name of REFERENCES) anchor.removeAttribute(name);
      anchor.after(mark);
    }
    const item = doc.createElement('li');
    item.id = `${stem}${number}`;
    const back = doc.createElement('a');
    back.href = `#${stem}mark-${number}`;
    back.textContent = '↩';
    item.append(...note.childNodes, ' ', back);
    note.remove();
    list.append(item);
  });
  const section = doc.createElement('section');
  section.setAttribute('role', 'doc-endnotes');
  section.append(list);
  root.append(section);
  return notes.length;
}

/**
 * "folio-note-", or "folio-note2-", "folio-note3-"…: the first that no id in the article starts
 * with (as the page wrote it, or already prefixed as the sanitizer would). These stems are never
 * the start of one another, so one pass over the ids finds which are taken.
 */
function unusedIdStem(root: Element): string {
  const taken = new Set<number>();
  for (const el of descendantElements(root)) {
    const id = el.id.startsWith(PAGE_ID_PREFIX) ? el.id.slice(PAGE_ID_PREFIX.length) : el.id;
    if (!id.startsWith(NOTE_ID_STEM)) continue;
    let end = NOTE_ID_STEM.length;
    while (end < NOTE_ID_STEM.length + 6 && isDigit(id[end])) end++;
    if (id[end] === '-') taken.add(end === NOTE_ID_STEM.length ? 1 : Number(id.slice(NOTE_ID_STEM.length, end)));
  }
  let n = 1;
  while (taken.has(n)) n++;
  return n === 1 ? `${NOTE_ID_STEM}-` : `${NOTE_ID_STEM}${n}-`;
}
