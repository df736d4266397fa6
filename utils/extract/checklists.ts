import { descendantsWithTag } from './dom';

/** A checklist has at least this many boxes side by side. */
const CHECKLIST_ITEMS = 3;
/** Levels above a box at which its fellow items may sit: each in a wrapper of its own (a <li>, a
 * <div> round the box and its label, another round that). */
const ITEM_WRAPPERS = 3;

/**
 * The labels of checklists' items: checkboxes, at least CHECKLIST_ITEMS side by side, outside any
 * form (a recipe's "▢ 2 cups flour" to tick off while cooking, a packing list). The label is the
 * article's text, though the rule for forms' labels ("First Name" without its field) would remove
 * it; the box itself goes. A form's "Remember me" or a comment form's consent stays a control's.
 */
export function checklistLabels(body: Element): Set<Element> {
  const labels = new Set<Element>();
  const boxes = descendantsWithTag(body, 'INPUT').filter(isCheckbox);
  if (boxes.length < CHECKLIST_ITEMS) return labels;
  const isItem = checklistItems(boxes);
  let labelsById: Map<string, Element> | undefined;
  for (const box of boxes) {
    if (box.closest('form') || !isItem(box)) continue;
    labelsById ??= new Map(
      descendantsWithTag(body, 'LABEL').flatMap((label) => {
        const id = label.getAttribute('for');
        return id ? [[id, label] as const] : [];
      }),
    );
    const label = box.closest('label') ?? labelsById.get(box.getAttribute('id') ?? '');
    // A label that only draws the box ("▢" for screen readers, WP Recipe Maker's) says nothing.
    if (label && HAS_WORD.test(label.textContent ?? '')) labels.add(label);
  }
  return labels;
}

/**
 * Whether a box is a checklist's: it, or one of its wrappers, holds that one box and stands
 * beside at least CHECKLIST_ITEMS - 1 others that hold one box each. Counted once for all the
 * boxes (a page of thousands of boxes is not read sibling by sibling for each).
 */
function checklistItems(boxes: readonly Element[]): (box: Element) => boolean {
  const boxesIn = new Map<Element, number>();
  for (const box of boxes) {
    for (let up: Element | null = box, level = 0; up && level <= ITEM_WRAPPERS; up = up.parentElement, level++) {
      boxesIn.set(up, (boxesIn.get(up) ?? 0) + 1);
    }
  }
  const itemsIn = new Map<Element, number>();
  for (const [el, count] of boxesIn) {
    if (count === 1 && el.parentElement) itemsIn.set(el.parentElement, (itemsIn.get(el.parentElement) ?? 0) + 1);
  }
  return (box) => {
    for (let up: Element | null = box, level = 0; up && level <= ITEM_WRAPPERS; up = up.parentElement, level++) {
      if (boxesIn.get(up) === 1 && up.parentElement && (itemsIn.get(up.parentElement) ?? 0) >= CHECKLIST_ITEMS)
        return true;
    }
    return false;
  };
}

const HAS_WORD = /[\p{L}\p{N}]/u;

export function isCheckbox(el: Element): boolean {
  return el.tagName === 'INPUT' && el.getAttribute('type')?.toLowerCase() === 'checkbox';
}
