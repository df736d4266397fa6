import { decodeUriOrAsWritten } from '../decode-uri';
import { descendantElements } from './dom';
import { toPlainText } from './plain-text';
import { normalizeSpace } from './text';

/**
 * An article's footnotes, as its links make them: a number in a superscript (or a link marked
 * `doc-noteref`) that points at an item of a list in the same article. Read by extraction (a
 * number shows its note on hover) and by the Markdown export (Markdown footnotes).
 */

/** The list item a footnote's number points at, its id looked up by `byId`; undefined for any other link. */
export function noteOfReference(link: Element, byId: (id: string) => Element | null | undefined): Element | undefined {
  if (link.closest('sup') === null && link.getAttribute('role') !== 'doc-noteref') return undefined;
  const href = link.getAttribute('href') ?? '';
  const id = href.startsWith('#') ? decodeUriOrAsWritten(href.slice(1)) : '';
  const note = id ? byId(id)?.closest('li') : undefined;
  return note && !note.contains(link) ? note : undefined;
}

/** A hover's worth of a note: a long one ends in an ellipsis. */
const MAX_HOVER_TEXT = 300;

/**
 * Arrows a note's link back to its number is drawn with, left off the note's hover text, and the
 * selectors that ask for an arrow's text or emoji face ("↩︎", markdown-it's).
 */
const BACK_ARROWS = new Set(['↩', '↑', '⤴', '^', '⮐', '\uFE0E', '\uFE0F']);

/** What a footnote's number shows on hover: its note's text, without the arrow back. */
export function noteHoverText(note: Element): string {
  let text = normalizeSpace(toPlainText(note));
  while (text && BACK_ARROWS.has(text.at(-1) ?? '')) text = text.slice(0, -1).trimEnd();
  return text.length > MAX_HOVER_TEXT ? `${text.slice(0, MAX_HOVER_TEXT - 1).trimEnd()}…` : text;
}

/**
 * Gives each footnote number the text of its note on hover, the page's own and the ones of the
 * notes moved to the end (inline-notes.ts): the reader need not go to the end and back. A title
 * the page gave the number stays. Returns how many it gave.
 */
export function showNotesOnHover(root: Element): number {
  const byId = new Map<string, Element>();
  const links: Element[] = [];
  for (const el of descendantElements(root)) {
    if (el.id) byId.set(el.id, el);
    if (el.tagName === 'A' && !el.hasAttribute('title') && el.getAttribute('href')?.startsWith('#')) links.push(el);
  }
  let given = 0;
  for (const link of links) {
    const note = noteOfReference(link, (id) => byId.get(id));
    const text = note && noteHoverText(note);
    if (!text) continue;
    link.setAttribute('title', text);
    given++;
  }
  return given;
}
