import { classAndId } from './dom';

/** An accordion's, a FAQ's or a "read more" toggle's parts, by their names. */
const TOGGLED_PART = /accordion|collaps|toggle|faq|expand|disclosure/i;

/** Whether `el` is named as an accordion's, a FAQ's or a toggle's part. */
export function isToggledPart(el: Element): boolean {
  return el.hasAttributes() && TOGGLED_PART.test(classAndId(el));
}

/** A class that says a part is folded away for now: "kt-accordion-panel-hidden", "is-hidden", "collapsed". */
const FOLDED_STATE = /^(?:[\w-]*-)?(?:hidden|collapsed|closed)$/i;

/**
 * An accordion's folded panel is still the article: the page opens it with a click (a guide's
 * rubric, a FAQ's answers). Its state class ("kt-accordion-panel-hidden") put Readability's
 * "hidden" penalty on it, and the answers went while their questions stayed; its `hidden` or
 * `aria-hidden` made Readability skip it as invisible. Those go from the panel; the reader shows
 * it open. (Only parts named for a toggle: a block hidden for another reason stays hidden.)
 */
export function unfoldPanel(el: Element): void {
  if (!isToggledPart(el)) return;
  const classes = el.getAttribute('class');
  if (classes) {
    const open = classes.split(/\s+/).filter((token) => token && !FOLDED_STATE.test(token));
    el.setAttribute('class', open.join(' '));
  }
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  el.removeAttribute('hidden');
}
