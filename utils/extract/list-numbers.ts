import { descendantsWithTag, holdsText } from './dom';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

const STEP = 'post-clean';

/** An item's own number standing alone: "1", "01", "1.", "2)", "#3". Bounded: linear. */
const ITEM_NUMBER = /^#?(\d{1,4})[.):]?$/;

/**
 * A numbered list whose items each open with their number in an element of its own ("<li><div
 * class="stepnum">1</div><p>Look for a deal…", a ranking's "<a href="#rank-one">1</a>"): the page
 * hid the list's own numbers and drew these big. The reader numbers the list itself, so they
 * read twice ("1. 1"); they go. Only when every item's number is there and is its own (a list of
 * years or of scores that happen to start with a number is left).
 */
export function removeEchoedListNumbers(content: Element, report: RemovalReport): void {
  for (const list of descendantsWithTag(content, 'OL')) {
    if (list.hasAttribute('reversed')) continue;
    const items: Element[] = [];
    // (Walked, not read through `children`: jsdom reads a live list index by index, slowly.)
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

/** The item's first element, when it holds only the item's number and words follow it. */
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
    return hasWordsAfter(lead) ? lead : undefined;
  }
  return undefined;
}

function hasWordsAfter(lead: Element): boolean {
  for (let node = lead.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE ? node.textContent?.trim() : holdsText(node as Element)) return true;
  }
  return false;
}
