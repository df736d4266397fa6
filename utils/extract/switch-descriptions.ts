import { isCheckbox } from './checklists';
import { firstDescendant, hasTextLongerThan, holdsText, isHeading } from './dom';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** A switch's description is one short line: "Prevent your screen from going dark as you follow along." */
const MAX_DESCRIPTION = 100;
/** The description's text as written, its markup's white space and all, at most. */
const MAX_RAW_TEXT = 1000;
/** Empty boxes climbed from the switch's label to the box that holds its description. */
const MAX_EMPTY_BOXES = 3;
/** Blocks an article's text is set in: a box holding one is not a control's. */
const ARTICLE_BLOCKS = new Set(['P', 'LI', 'TD', 'TH', 'BLOCKQUOTE', 'FIGURE', 'TABLE', 'UL', 'OL', 'IMG', 'PICTURE']);

/**
 * Whether `label` labels a checkbox: it holds one, or names one by `for` (`checkboxIds`: those
 * met so far; a page sets the box before its label, and the walk removes the box first).
 */
export function labelsACheckbox(label: Element, checkboxIds: ReadonlySet<string>): boolean {
  const target = label.getAttribute('for');
  return (target !== null && checkboxIds.has(target)) || firstDescendant(label, isCheckbox) !== undefined;
}

/**
 * A switch's description beside it: King Arthur's "Bake Mode" switch (a checkbox and its label)
 * sits in a box with "Prevent your screen from going dark as you follow along." in a `<div>` of
 * its own, which read as the recipe's first line once the switch was gone. (WP Recipe Maker's
 * and Tasty's set theirs in the label, which goes with it.) From each switch's label, removed,
 * up through the boxes it left empty to the first with words: a `<div>` or `<span>` whose words
 * are one short line and that holds no heading nor any block of the article's goes too.
 */
export function removeSwitchDescriptions(switchBoxes: Iterable<Element>, report: RemovalReport): void {
  // Each box is looked at once: a thousand switches' boxes, emptied, lead to one container.
  const seen = new Set<Element>();
  for (const start of switchBoxes) {
    let box: Element | null = start;
    let judged = false;
    for (let level = 0; box && level <= MAX_EMPTY_BOXES; level++, box = box.parentElement) {
      judged = seen.has(box);
      seen.add(box);
      if (judged || holdsText(box)) break;
    }
    if (judged || !box?.isConnected || (box.tagName !== 'DIV' && box.tagName !== 'SPAN')) continue;
    // Measured before it is read: a box of a thousand switches is not read whole for each.
    if (hasTextLongerThan(box, MAX_RAW_TEXT)) continue;
    const text = normalizeSpace(box.textContent ?? '');
    if (!text || text.length > MAX_DESCRIPTION) continue;
    if (firstDescendant(box, (d) => isHeading(d) || ARTICLE_BLOCKS.has(d.tagName))) continue;
    report.remove('pre-clean', "a switch's description", box);
  }
}
