import { isBlankText } from './text';

/**
 * A button whose words are the start of a sentence that goes on after it: a tooltip's trigger
 * ("<button>Sponsored results</button> from our partners appear among these rankings"). Removed
 * as a control, it left "from our partners appear…" without its subject. Gives the element whose
 * place its words take, as text: the button, or the box that holds it alone (the tooltip's
 * wrapper, a block that would set the words on a line of their own). Whatever the tooltip would
 * show is the page script's, not in the HTML.
 */
export function sentenceStartingButton(button: Element, maxLength: number): Element | undefined {
  const words = (button.textContent ?? '').trim();
  if (words.length === 0 || words.length > maxLength || !LETTER.test(words)) return undefined;
  // Out of the boxes that hold the button alone, two at most.
  let at = button;
  for (let up = 0; up < 2 && at.parentElement && onlyContentOf(at.parentElement, at); up++) at = at.parentElement;
  const next = nextWords(at);
  return next !== undefined && LOWER_CASE_START.test(next) ? at : undefined;
}

/**
 * The button's words in the place of `place`, as text: spaced from a word right beside it, which
 * the button's box kept apart on the page ("said MIT Sloan professor<button>Thomas W. Malone,</button>").
 */
export function putWordsInPlace(place: Element, words: string): void {
  const before = place.previousSibling;
  const after = place.nextSibling;
  const spaceBefore = before?.nodeType === TEXT_NODE && WORD_END.test(before.nodeValue ?? '') ? ' ' : '';
  const spaceAfter = after?.nodeType === TEXT_NODE && WORD_START.test(after.nodeValue ?? '') ? ' ' : '';
  place.replaceWith(`${spaceBefore}${words}${spaceAfter}`);
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** The sentence carries on: its next word in lower case ("from our partners…"). */
const LOWER_CASE_START = /^\s*\p{Ll}/u;
const TEXT_NODE = 3;
const BOX_TAGS = new Set(['DIV', 'SPAN']);
const COMMENT_NODE = 8;

/** Whether the box holds nothing but the element: spaces and comments beside it, at most. */
function onlyContentOf(box: Element, el: Element): boolean {
  // (A paragraph or a list's item is a line of its own: the text after it is another's.)
  if (!BOX_TAGS.has(box.tagName)) return false;
  for (const child of box.childNodes) {
    if (child !== el && !isBlank(child)) return false;
  }
  return true;
}

/** The text right after the element, past spaces and comments; undefined for an element there. */
function nextWords(el: Element): string | undefined {
  let node = el.nextSibling;
  while (node && isBlank(node)) node = node.nextSibling;
  return node?.nodeType === TEXT_NODE ? (node.nodeValue ?? '') : undefined;
}

/** A comment, or text that shows nothing (spaces, zero-width characters). */
function isBlank(node: Node): boolean {
  return node.nodeType === COMMENT_NODE || (node.nodeType === TEXT_NODE && isBlankText(node.nodeValue ?? ''));
}
