import type TurndownService from 'turndown';
import { decodeUriOrAsWritten } from '../decode-uri';
import { noteOfReference } from '../extract/footnote-links';
import { pageId } from '../extract/page-ids';

/**
 * An article's footnotes as Markdown footnotes (Obsidian's and GitHub's syntax): each number in
 * the text `[^1]`, each note `[^1]: …` where its list stood, without its link back. A footnote is
 * what the article makes one: a link inside a superscript (or marked `doc-noteref`) to an item of
 * a list in the same article. The page's own (`<sup><a href="#fn:1">1</a></sup>` … `<li
 * id="fn:1">`) and the notes extraction moved to the end (inline-notes.ts) alike: as Markdown
 * links they pointed at anchors that no note has.
 */
export function addFootnoteRules(turndown: TurndownService): void {
  turndown.addRule('footnoteNumber', {
    filter: (node) => node.nodeName === 'A' && footnotesOf(node.ownerDocument).byReference.has(node),
    replacement: (_content, node) => {
      const { byReference, labels } = footnotesOf(node.ownerDocument);
      return `[^${labels.get(byReference.get(node as Element) as Element)}]`;
    },
  });
  turndown.addRule('footnoteBack', {
    filter: (node) => node.nodeName === 'A' && isBackLink(node),
    replacement: () => '',
  });
  turndown.addRule('footnote', {
    filter: (node) => node.nodeName === 'LI' && footnotesOf(node.ownerDocument).labels.has(node),
    replacement: (content, node) => {
      const label = footnotesOf(node.ownerDocument).labels.get(node as Element);
      // A note's later lines are indented: that is how a footnote goes on.
      return `[^${label}]: ${content.trim().split('\n').join('\n    ')}\n\n`;
    },
  });
}

interface Footnotes {
  /** Each reference (the link in the text) and the list item it points at. */
  byReference: Map<Element, Element>;
  /** Each note's label: its number in its list (a second list's repeats get a suffix). */
  labels: Map<Element, string>;
}

/** Found once per document Turndown parsed, on the first rule that asks. */
const found = new WeakMap<Document, Footnotes>();

function footnotesOf(doc: Document): Footnotes {
  let notes = found.get(doc);
  if (notes) return notes;
  notes = { byReference: new Map(), labels: new Map() };
  const used = new Set<string>();
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    const note = noteOfReference(link, elementById(doc));
    if (!note) continue;
    notes.byReference.set(link, note);
    if (notes.labels.has(note)) continue;
    const number = String(positionInList(note));
    let label = number;
    for (let k = 2; used.has(label); k++) label = `${number}-${k}`;
    used.add(label);
    notes.labels.set(note, label);
  }
  found.set(doc, notes);
  return notes;
}

/** The article's element of an id: the links say the ids as the page wrote them, the sanitizer prefixed them. */
const elementById = (doc: Document) => (id: string) => doc.getElementById(pageId(id)) ?? doc.getElementById(id);

/** The element an in-article link points at. */
function linkTarget(link: Element): Element | null {
  const id = decodeUriOrAsWritten((link.getAttribute('href') ?? '').slice(1));
  return id ? elementById(link.ownerDocument)(id) : null;
}

/** The number a list shows before an item (its `start` counted in). */
function positionInList(item: Element): number {
  const start = Number.parseInt(item.parentElement?.getAttribute('start') ?? '1', 10);
  let position = Number.isFinite(start) ? start : 1;
  for (let before = item.previousElementSibling; before; before = before.previousElementSibling) {
    if (before.nodeName === 'LI') position++;
  }
  return position;
}

/** A note's link back to its number in the text ("↩"), which a Markdown footnote has no need of. */
function isBackLink(link: Element): boolean {
  const { labels, byReference } = footnotesOf(link.ownerDocument);
  const note = link.closest('li');
  if (!note || !labels.has(note)) return false;
  const target = linkTarget(link);
  if (!target || note.contains(target)) return false;
  return target.closest('sup') !== null || byReference.has(target) || target.querySelector('sup') !== null;
}
