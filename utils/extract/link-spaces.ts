import { descendantsWithTag } from './dom';

/**
 * Spaces at a link's edges move outside it. Editors often select a word with the space after it
 * before linking it ("<a>college essay </a>is"), and the reader's underline then runs under the
 * space, into the next word's gap. The text stays the same, letter for letter, so highlights and
 * the plain text do not move. (Turndown already keeps such spaces out of Markdown links.)
 */
export function moveSpacesOutOfLinks(container: Element): void {
  for (const link of descendantsWithTag(container, 'A')) {
    const first = link.firstChild;
    if (first?.nodeType === 3) {
      const text = first.nodeValue ?? '';
      const kept = text.trimStart();
      if (kept.length < text.length && kept) {
        first.nodeValue = kept;
        link.before(text.slice(0, text.length - kept.length));
      }
    }
    const last = link.lastChild;
    if (last?.nodeType === 3) {
      const text = last.nodeValue ?? '';
      const kept = text.trimEnd();
      if (kept.length < text.length && kept) {
        last.nodeValue = kept;
        link.after(text.slice(kept.length));
      }
    }
  }
}
