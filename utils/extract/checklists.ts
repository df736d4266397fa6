import { descendantsWithTag, firstDescendant } from './dom';

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
  let labelsById: Map<string, Element> | undefined;
  for (const box of boxes) {
    if (box.closest('form') || !amongOthers(box)) continue;
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

const HAS_WORD = /[\p{L}\p{N}]/u;

function isCheckbox(el: Element): boolean {
  return el.tagName === 'INPUT' && el.getAttribute('type')?.toLowerCase() === 'checkbox';
}

/** Whether the box's item has at least CHECKLIST_ITEMS - 1 fellows, each holding one box too. */
function amongOthers(box: Element): boolean {
  let item: Element | null = box;
  for (let level = 0; level <= ITEM_WRAPPERS && item?.parentElement; level++, item = item.parentElement) {
    let items = 0;
    for (let c = item.parentElement.firstElementChild; c; c = c.nextElementSibling) {
      if (holdsOneBox(c)) items++;
      if (items >= CHECKLIST_ITEMS) return true;
    }
  }
  return false;
}

/** One box, not a block of them (a form's, another list's). */
function holdsOneBox(el: Element): boolean {
  if (isCheckbox(el)) return true;
  let boxes = 0;
  firstDescendant(el, (d) => isCheckbox(d) && ++boxes > 1);
  return boxes === 1;
}
