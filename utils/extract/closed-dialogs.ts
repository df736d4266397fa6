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
