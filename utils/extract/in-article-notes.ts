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
 * one-paragraph aside is most often a pull quote that repeats the text: both stay as they were. A
 * one-paragraph aside whose words the page says nowhere else is a note too (NIH's "Not all
 * vegetarians are the same." box between two sections of a myths-and-facts page).
 */
export function keepInArticleNotes(body: Element, report: RemovalReport): void {
  let pageWords: string | undefined;
  const saidElsewhere = (aside: Element) => {
    pageWords ??= wordsOf(body.textContent ?? '');
    return isRepeatedIn(pageWords, wordsOf(aside.textContent ?? ''));
  };
  for (const aside of descendantsWithTag(body, 'ASIDE')) {
    const parent = aside.parentElement;
    if (!aside.isConnected || !parent || parent.closest('aside')) continue;
    if (!someChild(parent, isProseParagraph) || linkDensity(aside) > MAX_NOTE_LINK_DENSITY) continue;
    if (aside.hasAttributes() && isUnlikelyToReadability(classAndId(aside))) continue;
    // Last, as it reads the whole page's text (once): whether a one-paragraph aside repeats it.
    if (!holdsArticleText(aside) && !(holdsOneParagraph(aside) && !saidElsewhere(aside))) continue;
    const note = aside.ownerDocument.createElement('div');
    note.setAttribute(NOTE_MARK, '');
    note.append(...aside.childNodes);
    aside.replaceWith(note);
    report.note('pre-clean', "kept a note set among the article's paragraphs (an <aside> Readability would drop)");
  }
}

/** One paragraph of prose, not two (holdsArticleText) and not only a caption or a line. */
function holdsOneParagraph(aside: Element): boolean {
  return descendantsWithTag(aside, 'P').filter(isProseParagraph).length === 1;
}

/** How many words in a row a pull quote shares with the text it repeats, at least. */
const QUOTED_RUN = 8;

/** A text's words, lower-cased, one space between them: letters and digits only, so that a pull
 * quote's added quotation marks or dashes do not hide the words it repeats. */
function wordsOf(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim();
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Whether a run of the aside's words, from its middle, is on the page twice: in the aside and
 * in the text it repeats. */
function isRepeatedIn(pageWords: string, asideWords: string): boolean {
  const words = asideWords.split(' ');
  if (words.length < QUOTED_RUN) return true;
  const start = Math.floor((words.length - QUOTED_RUN) / 2);
  const run = words.slice(start, start + QUOTED_RUN).join(' ');
  const first = pageWords.indexOf(run);
  return first >= 0 && pageWords.indexOf(run, first + 1) >= 0;
}

/** The notes keepInArticleNotes marked, <aside>s again in the article. */
export function restoreInArticleNotes(container: Element): void {
  for (const note of Array.from(container.querySelectorAll(`[${NOTE_MARK}]`))) {
    const aside = note.ownerDocument.createElement('aside');
    aside.append(...note.childNodes);
    note.replaceWith(aside);
  }
}
