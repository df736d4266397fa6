import { hasTextLongerThan } from './dom';
import { linkDensity } from './text';

/**
 * Content a page hides until its script shows it: WeChat's article body is `<div id="js_content"
 * style="visibility: hidden;">`, made visible once its pictures are set up (a guard against a
 * flash of unstyled text). In a browser the script has run; read without scripts (the command
 * line, a saved page, a reader opened before the page's script ran) the article is hidden, and
 * Readability passes hidden boxes over: "No article found". A box hidden so by its own inline
 * style that holds a few lines of text, not a list of links, is shown. (`display: none` is left
 * alone: menus, dialogs and other tabs are hidden that way, not articles waiting for a script.)
 */
export function isHiddenUntilScript(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && VISIBILITY_HIDDEN.test(style);
}

/**
 * Shows a box isHiddenUntilScript found when it holds prose. Its text is measured, so a page
 * gets at most MAX_HIDDEN_BOXES of these (boxes hidden inside each other, each measured whole,
 * would make a hostile page's reading quadratic).
 */
export function revealIfProse(el: Element): boolean {
  if (!hasTextLongerThan(el, MIN_TEXT) || linkDensity(el) > MAX_LINK_DENSITY) return false;
  el.setAttribute('style', (el.getAttribute('style') ?? '').replace(VISIBILITY_HIDDEN, '$1'));
  return true;
}

/** Boxes hidden until a script shows them that a page's reading looks into. */
export const MAX_HIDDEN_BOXES = 10;

/** The declaration, at the start of the style or after a semicolon (which is kept). */
const VISIBILITY_HIDDEN = /(^|;)\s*visibility\s*:\s*hidden\s*(?:!important\s*)?(?=;|$)/i;
/** Fewer characters than this, a hidden box is a widget's (a tooltip, a label), not an article. */
const MIN_TEXT = 200;
/** More of its text in links than this, a hidden box is a menu. */
const MAX_LINK_DENSITY = 0.5;
