import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { isClosedDialog } from './closed-dialogs';
import { keepFormulaLayoutModest } from './formula-layout';
import { PAGE_ID_PREFIX, pageId } from './page-ids';

/**
 * Every HTML string that came from a page goes through here before anything renders it. Scripts,
 * event handlers, styles, forms and frames go; what an article needs (text, headings, lists,
 * figures, tables, code, links and images) stays.
 */
const CONFIG: Config = {
  // Formulas stay, as MathML (math.ts), without the parts that act or fetch (`maction`, `mglyph`)
  // or hold other markup (`annotation-xml`, the old way past sanitizers).
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'iframe',
    'object',
    'embed',
    'svg',
    'maction',
    'mglyph',
    'annotation',
    'annotation-xml',
    // Their text stays, in the text's flow: an open `<dialog>` would lie over the article (the
    // browser places it on top), a `<marquee>` would keep its words moving. A closed dialog goes
    // whole (closedDialogsEmptied), as extraction leaves it out (closed-dialogs.ts).
    'dialog',
    'marquee',
  ],
  // A formula's TeX, for the Markdown export (math.ts).
  ADD_ATTR: ['alttext'],
  // URLs the browser would fetch or call on its own, other than an article's images: `background`
  // (old table cells), `poster` (a video's still), `ping` (a link's tracker). Each is a request to
  // the site from Folio's reader.
  // And what would let the page's markup steer the reader itself: `tabindex` (a "1" puts its
  // element before Folio's own buttons in the Tab order; a "0" makes an empty box a stop),
  // `inert` (its text could not be selected, so not highlighted), `popover` (its text hidden
  // until a button the reader does not have is pressed), `hidden` (extraction leaves hidden
  // elements out; one in a hand-edited backup would be counted and exported, yet never shown).
  FORBID_ATTR: [
    'style',
    'class',
    'align',
    'bgcolor',
    'color',
    'face',
    'background',
    'poster',
    'ping',
    'tabindex',
    'inert',
    'popover',
    'popovertarget',
    'popovertargetaction',
    'hidden',
  ],
  ALLOW_DATA_ATTR: false,
  // The page's ids and names, prefixed (PAGE_ID_PREFIX): the article shares the reader's document
  // with Folio's own controls, whose ids (React's `_r_2_`, `folio-panel`) a page could otherwise
  // give its elements, earlier in the document, and so take them: its `<datalist>` became the
  // suggestions of Folio's tag field, its `<output>` the control of Folio's "Note" label. Nor can
  // an id name a global of the reader's window.
  SANITIZE_NAMED_PROPS: true,
};

/**
 * Attributes that name ids, each a list of them, so that the page's own references (a table
 * cell's `headers`, a figure's `aria-describedby`) follow its prefixed ids, and none of them can
 * point at Folio's controls.
 */
const ID_LISTS = new Set([
  'for',
  'headers',
  'list',
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
]);

/** One configured purifier for each window. */
const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: WindowLike): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    // The package's default export is already an instance for this global window (made when it
    // was imported): in the browser it serves, and the reader's first open does not build a
    // second one (~5 ms). jsdom windows (CLI, tests, benchmark) get their own.
    const isGlobal = win === (globalThis as { window?: unknown }).window && createDOMPurify.isSupported;
    purify = isGlobal ? createDOMPurify : createDOMPurify(win);
    // Set once: given with every call, the config is parsed again each time. (Only this module
    // uses DOMPurify, so setting the shared instance's config affects no one else.)
    purify.setConfig({ ...CONFIG, IN_PLACE: true });
    purify.addHook('uponSanitizeElement', closedDialogsEmptied);
    purify.addHook('afterSanitizeAttributes', withoutUnaskedMediaRequests);
    purify.addHook('afterSanitizeAttributes', sizeOnlyOnPictures);
    purify.addHook('afterSanitizeAttributes', plainFormulas);
    purify.addHook('afterSanitizeAttributes', pageIdsAndReferences);
    instances.set(win, purify);
  }
  return purify;
}

/**
 * A dialog the page never opened, in a saved article (one saved before extraction left them out,
 * or a restored backup): hidden in the reader, it was counted and exported all the same. Emptied
 * here, the forbidden tag then goes with nothing to keep.
 */
function closedDialogsEmptied(node: Node): void {
  if (node.nodeType === 1 && isClosedDialog(node as Element)) (node as Element).replaceChildren();
}

/**
 * An article's video or audio stays, but loads nothing until the reader presses play: no
 * autoplay, no preloading, no default subtitle track fetched on its own.
 */
function withoutUnaskedMediaRequests(node: Element): void {
  const tag = node.nodeName;
  if (tag === 'VIDEO' || tag === 'AUDIO') {
    node.removeAttribute('autoplay');
    node.setAttribute('preload', 'none');
    node.setAttribute('controls', '');
  } else if (tag === 'TRACK') node.removeAttribute('default');
}

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** Whole numbers of pixels, as the attributes are written on the web. */
export const isPixels = (value: string | null) => value !== null && value.length <= 5 && /^\d+$/.test(value.trim());

/**
 * `width`/`height` stay on pictures and videos only, and only as pixel numbers: with them the
 * browser reserves the picture's place before it loads (the stylesheet scales it to the column,
 * keeping the ratio), so the text does not jump. On tables and cells they were layout, and go.
 */
function sizeOnlyOnPictures(node: Element): void {
  // A formula's spaces and boxes are its own sizes, bounded there (plainFormulas).
  if (node.namespaceURI === MATHML) return;
  const keep = node.nodeName === 'IMG' || node.nodeName === 'VIDEO';
  for (const name of ['width', 'height']) {
    if (!node.hasAttribute(name)) continue;
    if (!keep || !isPixels(node.getAttribute(name))) node.removeAttribute(name);
  }
}

/**
 * A formula's parts are neither links (MathML's `href` on any of them) nor coloured by the page
 * (white on white hides them): they keep their shape, and the reader's colours. Their sizes,
 * spaces and shifts stay within a formula's scale (formula-layout.ts).
 */
function plainFormulas(node: Element): void {
  if (node.namespaceURI !== MATHML) return;
  for (const name of ['href', 'xlink:href', 'mathcolor', 'mathbackground']) node.removeAttribute(name);
  keepFormulaLayoutModest(node);
}

/**
 * An empty id or name (`id=""`, which names nothing) goes rather than become the prefix alone;
 * the page's references to ids point at its own, prefixed; an image map's `#name` likewise.
 */
function pageIdsAndReferences(node: Element): void {
  // One pass over the few attributes an element has left, not a lookup of each name.
  if (!node.hasAttributes()) return;
  for (const { name, value } of [...node.attributes]) {
    if (name === 'id' || name === 'name') {
      if (value.trim() === PAGE_ID_PREFIX) node.removeAttribute(name);
    } else if (ID_LISTS.has(name)) {
      node.setAttribute(name, value.split(/\s+/).filter(Boolean).map(pageId).join(' '));
    } else if (name === 'usemap' && value.startsWith('#')) {
      node.setAttribute(name, `#${pageId(value.slice(1))}`);
    }
  }
}

/** Sanitizes a detached element in place (no serialize-and-parse round trip). */
export function sanitizeElement(element: Element, win: WindowLike): void {
  purifierFor(win).sanitize(element);
  // A formula left with nothing to draw (a hostile page's markup, its parts gone) would be an
  // empty box in the text.
  const formulas = element.getElementsByTagName('math');
  for (let i = formulas.length - 1; i >= 0; i--) if (!formulas[i]?.textContent?.trim()) formulas[i]?.remove();
}
