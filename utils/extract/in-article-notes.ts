import { classAndId, descendantsWithTag, someChild } from './dom';
import { holdsArticleText, isProseParagraph } from './masked-prose';
import { isUnlikelyToReadability } from './patterns';
import type { RemovalReport } from './report';
import { linkDensity } from './text';

/** A note is prose: a box of links with a blurb each ("Beyond Quanta") is a list of other reading. */
const MAX_NOTE_LINK_DENSITY = 0.25;

/** Marks a note while Readability reads the page as a <div>; see keepInArticleNotes. */
const NOTE_MARK = 'data-folio-note';

/**
 * An <aside> set among the article's own paragraphs, holding paragraphs of its own, is a note of
 * the article ("A note on other devices" in a blog post), not the page's sidebar. Readability
 * removes every <aside> from what it keeps, so the note is read as a <div> and set back as an
 * <aside> by restoreInArticleNotes. A page's sidebar is not among the article's paragraphs, and a
 * one-paragraph aside is most often a pull quote that repeats the text: both stay as they were.
 */
export function keepInArticleNotes(body: Element, report: RemovalReport): void {
  for (const aside of descendantsWithTag(body, 'ASIDE')) {
    const parent = aside.parentElement;
    if (!aside.isConnected || !parent || parent.closest('aside')) continue;
    if (!holdsArticleText(aside)) continue;
    if (!someChild(parent, isProseParagraph) || linkDensity(aside) > MAX_NOTE_LINK_DENSITY) continue;
    if (aside.hasAttributes() && isUnlikelyToReadability(classAndId(aside))) continue;
    const note = aside.ownerDocument.createElement('div');
    note.setAttribute(NOTE_MARK, '');
    note.append(...aside.childNodes);
    aside.replaceWith(note);
    report.note('pre-clean', "kept a note set among the article's paragraphs (an <aside> Readability would drop)");
  }
}

/** The notes keepInArticleNotes marked, <aside>s again in the article. */
export function restoreInArticleNotes(container: Element): void {
  for (const note of Array.from(container.querySelectorAll(`[${NOTE_MARK}]`))) {
    const aside = note.ownerDocument.createElement('aside');
    aside.append(...note.childNodes);
    note.replaceWith(aside);
  }
}
