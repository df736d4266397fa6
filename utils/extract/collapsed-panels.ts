import { classAndId } from './dom';
import { linkDensity, normalizeSpace } from './text';

/** An accordion's, a FAQ's or a "read more" toggle's parts, by their names. */
const TOGGLED_PART = /accordion|collaps|toggle|faq|expand|disclosure/i;

/** Whether `el` is named as an accordion's, a FAQ's or a toggle's part. */
export function isToggledPart(el: Element): boolean {
  return el.hasAttributes() && TOGGLED_PART.test(classAndId(el));
}

/**
 * A class that says a part is folded away for now: "kt-accordion-panel-hidden", "is-hidden",
 * "collapsed", and a CSS module's or camel-cased name in which the state is a word of its own
 * ("QaAccordionItem_hiddenAnswer__V1RZs", "isCollapsed"). Not a word that merely starts so.
 */
const FOLDED_STATE =
  /(?:^|[-_])(?:[hH]idden|[cC]ollapsed|[cC]losed)(?![a-z])|[a-z](?:Hidden|Collapsed|Closed)(?![a-z])/;

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
  openPanel(el);
  // A script's accordion folds its panel with an inline style (Chakra's "chakra-collapse":
  // `display:none; height:0px`), which Readability reads as invisible: Car Talk's FAQ kept its
  // questions and lost every answer. Opened only for a panel of text, not a menu's links.
  const style = el.getAttribute('style');
  if (style && DISPLAY_NONE.test(style) && isPanelOfText(el))
    el.setAttribute('style', style.replace(DISPLAY_NONE, ';'));
}

/** An inline `display: none` declaration, with its `;` or at the style's end. */
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

/** A panel worth opening: some text, and not a menu's links. */
const MIN_PANEL_TEXT = 40;
const MAX_PANEL_LINK_SHARE = 0.3;

/**
 * The folded panel a disclosure toggle opens, by ARIA's pattern rather than by names: the
 * element its `aria-controls` names, or else the one set right after it (after the heading it
 * sits alone in: `<h3><button aria-expanded="false">Weight</button></h3><div hidden>…`). Folded:
 * `hidden` or `aria-hidden="true"`, which made Readability skip it as invisible (Runner's World's
 * buying advice, each section folded under its heading). Only a panel of text: a menu's hidden
 * list of links stays folded.
 */
export function foldedPanelOf(toggle: Element): Element | undefined {
  if (toggle.getAttribute('aria-expanded') !== 'false') return undefined;
  const controls = toggle.getAttribute('aria-controls')?.trim();
  let panel: Element | null = null;
  if (controls) panel = toggle.ownerDocument.getElementById(controls.split(/\s+/)[0] ?? '');
  else {
    let header: Element = toggle;
    while (header.parentElement && header.parentElement.childElementCount === 1) header = header.parentElement;
    panel = header.nextElementSibling;
  }
  if (!panel || !(panel.hasAttribute('hidden') || panel.getAttribute('aria-hidden') === 'true')) return undefined;
  return isPanelOfText(panel) ? panel : undefined;
}

/** Some text, and not a menu's links. */
function isPanelOfText(panel: Element): boolean {
  if (normalizeSpace(panel.textContent ?? '').length < MIN_PANEL_TEXT) return false;
  return linkDensity(panel) <= MAX_PANEL_LINK_SHARE;
}

/** Opens a folded panel: what hid it from Readability (and the reader) goes. */
export function openPanel(panel: Element): void {
  if (panel.getAttribute('aria-hidden') === 'true') panel.removeAttribute('aria-hidden');
  panel.removeAttribute('hidden');
}
