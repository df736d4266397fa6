import { descendantsWithTag } from './dom';

/**
 * Spaces at a link's edges move outside it. Editors often select a word with the space after it
 * before linking it ("<a>college essay </a>is"), and the reader's underline then runs under the
 * space, into the next word's gap. The text stays the same, letter for letter, so highlights and
 * the plain text do not move. (Turndown already keeps such spaces out of Markdown links.)
 */
export function moveSpacesOutOfLinks(container: Element): void {
  for (const link of descendantsWithTag(container, 'A')) {
    moveSpacesOut(link, 'start');
    moveSpacesOut(link, 'end');
  }
}

/**
 * The spaces at one edge of a link, when the link has words (a link of spaces stays): in its first
 * or last text, or beside the element that holds them ("<a> <span>here</span></a>").
 */
function moveSpacesOut(link: Element, edge: 'start' | 'end'): void {
  const node = edge === 'start' ? link.firstChild : link.lastChild;
  if (node?.nodeType !== 3) return;
  const text = node.nodeValue ?? '';
  const kept = edge === 'start' ? text.trimStart() : text.trimEnd();
  if (kept.length === text.length) return;
  if (!kept && !link.textContent?.trim()) return;
  if (kept) node.nodeValue = kept;
  else node.remove();
  if (edge === 'start') link.before(text.slice(0, text.length - kept.length));
  else link.after(text.slice(kept.length));
}
