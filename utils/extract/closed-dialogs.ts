import { decodeUriOrAsWritten } from '../decode-uri';

/**
 * A `<dialog>` the page has not opened: its own window over itself, shown by a script on a click
 * (a glossary's definition, a video's lightbox, a sign-up form). Never what the reader came for,
 * and in the reader it would stay hidden while its words were counted, exported and its headings
 * listed in the outline. An open one stays for Readability to judge: a site may show the article
 * itself in one.
 */
export function isClosedDialog(el: Element): boolean {
  return el.tagName === 'DIALOG' && !el.hasAttribute('open');
}

/** Classes a framework's script adds to a modal it has opened (Bootstrap 4–5's, 3's, Foundation's). */
const OPEN_MODAL_CLASSES = ['show', 'in', 'is-open', 'open', 'active'];

/**
 * The same window built of <div>s by the two common frameworks, which their CSS hides until a
 * script opens it: Bootstrap's `.modal` and Foundation's `[data-reveal]` ("You're Leaving
 * Citadel's Website", "We work with companies… Get a quote"). One the page opened (a class its
 * script adds, or shown by an inline style) stays, as an open <dialog> does.
 */
export function isClosedModal(el: Element): boolean {
  const isModal = el.classList.contains('modal') || el.hasAttribute('data-reveal');
  if (!isModal) return false;
  if (OPEN_MODAL_CLASSES.some((name) => el.classList.contains(name))) return false;
  // A component's holder named for what it holds (Adobe's page builder puts its <dialog>s in a
  // grid column classed "modal"): the <dialog> inside is the window, judged as one.
  if (el.getElementsByTagName('dialog').length > 0) return false;
  return !/display\s*:\s*block/i.test(el.getAttribute('style') ?? '');
}

/**
 * The links that opened the dialogs left out, by their ids (`<a href="#modal-stock">stock</a>`,
 * a glossary's term in a sentence): in the reader they would open the page again at an anchor
 * that shows nothing. Their words stay in the sentence, as plain text.
 */
export function unlinkDialogOpeners(root: Element, dialogIds: ReadonlySet<string>): void {
  if (dialogIds.size === 0) return;
  for (const link of [...root.querySelectorAll('a[href^="#"]')]) {
    const target = decodeUriOrAsWritten((link.getAttribute('href') ?? '').slice(1));
    if (dialogIds.has(target)) link.replaceWith(...link.childNodes);
  }
}
