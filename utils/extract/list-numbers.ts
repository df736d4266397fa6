import { descendantsWithTag, holdsText } from './dom';
import { BLOCK } from './plain-text';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

const STEP = 'post-clean';

/** An item's own number standing alone: "1", "01", "1.", "2)", "#3". Bounded: linear. */
const ITEM_NUMBER = /^#?(\d{1,4})[.):]?$/;

/**
 * A numbered list whose items each open with their number in an element of its own ("<li><div
 * class="stepnum">1</div><p>Look for a deal…", a ranking's "<a href="#rank-one">1</a>"): the page
 * hid the list's own numbers and drew these big. The reader numbers the list itself, so they
 * read twice ("1. 1"); they go. Only when every item's number is there, is its own, and stands
 * on a line of its own (a block, or before one): a recipe's "<b>1</b> cup flour", "<b>2</b> eggs"
 * is a quantity in its line, and a list of years or of counts is left.
 */
export function removeEchoedListNumbers(content: Element, report: RemovalReport): void {
  for (const list of descendantsWithTag(content, 'OL')) {
    if (list.hasAttribute('reversed')) continue;
    const items: Element[] = [];
    // (Walked, not spread from `children`: a spread reads the list's `length` at each step, which
    // jsdom, the command line's DOM, answered with a search of the whole list; see
    // bin/jsdom-named-items.ts.)
    for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
      if (child.tagName === 'LI') items.push(child);
    }
    if (items.length < 2) continue;
    const start = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
    const numbers = items.map((item, i) => ownNumberOf(item, start + i));
    if (numbers.every((number): number is Element => number !== undefined)) {
      for (const number of numbers) report.remove(STEP, "list item's number, which the list draws", number);
    }
  }
}

/** The item's first element, when it holds only the item's number on its own line and words follow. */
function ownNumberOf(item: Element, expected: number): Element | undefined {
  for (let node = item.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE) {
      if (node.textContent?.trim()) return undefined;
      continue;
    }
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const lead = node as Element;
    const match = ITEM_NUMBER.exec(normalizeSpace(lead.textContent ?? ''));
    if (!match || Number(match[1]) !== expected) return undefined;
    const next = nextWithWords(lead);
    if (!next) return undefined;
    // On a line of its own: a block itself ("<div>1</div>"), or before one ("<a>1</a> <p>…").
    const ownLine =
      BLOCK.test(lead.tagName) || (next.nodeType === next.ELEMENT_NODE && BLOCK.test((next as Element).tagName));
    return ownLine ? lead : undefined;
  }
  return undefined;
}

/** The first sibling after `lead` with words in it. */
function nextWithWords(lead: Element): Node | undefined {
  for (let node = lead.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE ? node.textContent?.trim() : holdsText(node as Element)) return node;
  }
  return undefined;
}
