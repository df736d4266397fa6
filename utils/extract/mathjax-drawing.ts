import { surveyTree, walkElements } from './dom';

/**
 * A formula's MathML read back from MathJax's drawing of it, for the pages that give no other
 * form: MathJax 4 inserts no MathML by default (its explorer speaks the formula instead), nor does
 * MathJax 3 with its assistive MathML turned off. Without this the reader showed nothing of them
 * (the drawing is hidden from screen readers, and its glyphs come from MathJax's stylesheet).
 *
 * Both of MathJax's outputs name each part of the drawing after the MathML element it draws:
 * CHTML as `<mjx-mi>`, `<mjx-msup>`…, SVG as `<g data-mml-node="msup">`; the characters are code
 * points in a class (`mjx-c1D465`) or a `data-c` attribute. Between the parts sit the drawing's
 * own boxes (a script's shift, a fraction's bar, a root's surd), which say which part is the
 * base, the numerator or the index. The drawing's order is not always MathML's: a sub- and
 * superscript come superscript first, a root's index before or after its base.
 */

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** A MathML element read from the drawing: its name and its children, or a token's text. */
interface MathPart {
  name: string;
  children: MathPart[];
  text?: string;
}

/** A drawn part found under another, with the drawing's box it sits in ("script", "num"…). */
interface Placed {
  el: Element;
  box: string;
}

/** MathML's token elements: what they hold is the formula's characters. */
const TOKENS = new Set(['mi', 'mo', 'mn', 'mtext', 'ms']);

/** The MathML elements a drawing's parts may name, and what each is written as here (a Map: the
 * names come from the page, and an object would answer "constructor" too). */
const ELEMENTS = new Map<string, string>([
  ['math', 'math'],
  ['mi', 'mi'],
  ['mo', 'mo'],
  ['mn', 'mn'],
  ['mtext', 'mtext'],
  ['ms', 'ms'],
  ['mspace', 'mspace'],
  ['mrow', 'mrow'],
  ['mstyle', 'mrow'],
  ['mpadded', 'mrow'],
  ['mphantom', 'mphantom'],
  ['menclose', 'mrow'],
  ['merror', 'mrow'],
  ['mfenced', 'mrow'],
  ['semantics', 'mrow'],
  ['maction', 'mrow'],
  ['texatom', 'mrow'],
  ['mfrac', 'mfrac'],
  ['msqrt', 'msqrt'],
  ['mroot', 'mroot'],
  ['msub', 'msub'],
  ['msup', 'msup'],
  ['msubsup', 'msubsup'],
  ['munder', 'munder'],
  ['mover', 'mover'],
  ['munderover', 'munderover'],
  ['mmultiscripts', 'mrow'],
  ['mtable', 'mtable'],
  ['mtr', 'mtr'],
  ['mlabeledtr', 'mtr'],
  ['mtd', 'mtd'],
]);

/** CHTML's boxes that say what the parts inside them are. */
const CHTML_BOXES = new Set(['script', 'num', 'den', 'root', 'sqrt', 'base', 'over', 'under']);
/** CHTML's boxes that hold no part of the formula: the surd, the fraction's bar, struts, the
 * equation labels' column, line breaks, the speech. */
const CHTML_SKIPPED = new Set(['surd', 'line', 'nstrut', 'dstrut', 'tstrut', 'labels', 'break', 'speech']);

/** Mathematical italic capitals and small letters: MathJax 4 draws `x` as U+1D465, which
 * MathML's `<mi>` draws in italic from a plain `x` (and the article's text then says "x"). */
const ITALIC_CAPITAL_A = 0x1d434;
const ITALIC_SMALL_Z = 0x1d467;
const PLANCK_H = 0x210e;

/** The formula's MathML, read from a `<mjx-container>` MathJax drew (CHTML or SVG), or null. */
export function mathFromDrawing(container: Element): Element | null {
  // The reading below recurses once a level: a page's drawing nested thousands deep is left to
  // the steps that flatten deep nesting, not read here.
  if (surveyTree(container, []).depth > MAX_DRAWING_DEPTH) return null;
  const doc = container.ownerDocument;
  let root: MathPart | null = null;
  if (container.getAttribute('jax') === 'SVG') {
    // MathJax 4 breaks a long line into one <svg> a line, each with its own root.
    const roots = [...container.querySelectorAll('[data-mml-node="math" i]')];
    const children = roots.flatMap((r) => readAll(placedSvg(r), readSvg));
    if (children.length) root = { name: 'math', children };
  } else {
    const drawn = container.getElementsByTagName('mjx-math')[0];
    if (drawn) root = { name: 'math', children: readAll(placedChtml(drawn), readChtml) };
  }
  if (!root || !hasText(root)) return null;
  return toElement(doc, root);
}

/** Deeper than any formula MathJax draws (a few levels of its boxes for each of MathML's). */
const MAX_DRAWING_DEPTH = 500;

/** The formula's TeX as MathJax 4 records it on the drawing (`data-latex`), if it does. */
export function texOfDrawing(container: Element): string | undefined {
  const root =
    container.getAttribute('jax') === 'SVG'
      ? container.querySelector('[data-mml-node="math" i]')
      : container.getElementsByTagName('mjx-math')[0];
  return root?.getAttribute('data-latex')?.trim() || undefined;
}

/**
 * The elements under `el` that pass `test`, in document order; with `whole`, not those under one
 * that passed. (A walk of a token's few elements: a selector costs more to run in jsdom.)
 */
function descendants(el: Element, test: (d: Element) => boolean, whole = false): Element[] {
  const found: Element[] = [];
  walkElements(el, (d) => {
    const passed = test(d);
    if (passed) found.push(d);
    return !(passed && whole);
  });
  return found;
}

function readChtml(el: Element): MathPart | null {
  const name = ELEMENTS.get(el.localName.slice('mjx-'.length)) ?? 'mrow';
  if (TOKENS.has(name)) return token(name, chtmlText(el));
  return assemble(name, el.localName.slice('mjx-'.length), placedChtml(el), readChtml);
}

/** The parts drawn inside `el`, each with the box it sits in, through the drawing's boxes. */
function placedChtml(el: Element): Placed[] {
  const found: Placed[] = [];
  const own = el.localName.slice('mjx-'.length);
  const walk = (parent: Element, box: string) => {
    // (Sibling by sibling: jsdom reads a long `children` collection's length by scanning it.)
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const kind = child.localName.startsWith('mjx-') ? child.localName.slice('mjx-'.length) : '';
      if (CHTML_SKIPPED.has(kind)) continue;
      if (kind === 'spacer') box = 'after-spacer';
      // munderover draws its base and lower limit as an munder of its own, inside a box.
      else if (ELEMENTS.has(kind) && !(own === 'munderover' && (kind === 'munder' || kind === 'mover')))
        found.push({ el: child, box });
      else walk(child, CHTML_BOXES.has(kind) ? kind : box);
    }
  };
  walk(el, '');
  return found;
}

/** A CHTML token's characters: code points in its glyphs' classes (MathJax 3's glyphs hold no
 * text), or a stretched symbol's own code point (its pieces are not the symbol). */
function chtmlText(el: Element): string {
  const stretched = el.getElementsByTagName('mjx-stretchy-h')[0] ?? el.getElementsByTagName('mjx-stretchy-v')[0];
  if (stretched) return codePointIn(stretched.getAttribute('class')) ?? '';
  let text = '';
  for (const glyph of descendants(el, (d) => d.localName === 'mjx-c' || d.localName === 'mjx-utext')) {
    text +=
      glyph.localName === 'mjx-c'
        ? (codePointIn(glyph.getAttribute('class')) ?? glyph.textContent ?? '')
        : (glyph.textContent ?? '');
  }
  return text;
}

const GLYPH_CLASS = /(?:^|\s)mjx-c([0-9a-f]{1,6})(?=\s|$)/i;

function codePointIn(className: string | null): string | undefined {
  const hex = GLYPH_CLASS.exec(className ?? '')?.[1];
  return hex ? fromCodePoint(Number.parseInt(hex, 16)) : undefined;
}

function readSvg(el: Element): MathPart | null {
  const kind = (el.getAttribute('data-mml-node') ?? '').toLowerCase();
  const name = ELEMENTS.get(kind) ?? 'mrow';
  if (TOKENS.has(name)) return token(name, svgText(el));
  return assemble(name, kind, placedSvg(el), readSvg);
}

/**
 * A token, or nothing where it shows nothing: MathJax 4 writes the invisible operators (function
 * application, invisible times) that MathML draws as no space at all, and the article's text
 * (what a highlight quotes, what search finds) would count them between "m" and "c" in "mc²".
 */
function token(name: string, text: string): MathPart | null {
  return text.replace(INVISIBLE_OPERATORS, '') ? { name, children: [], text } : null;
}

const INVISIBLE_OPERATORS = /[\u2061-\u2064\s]/g;

/** The parts drawn inside an SVG group; a root's radicand sits in an unnamed group ("sqrt"). */
function placedSvg(el: Element): Placed[] {
  const found: Placed[] = [];
  const walk = (parent: Element, box: string) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child.hasAttribute('data-mml-node')) found.push({ el: child, box });
      else walk(child, parent === el && child.localName === 'g' ? 'sqrt' : box);
    }
  };
  walk(el, '');
  const kind = (el.getAttribute('data-mml-node') ?? '').toLowerCase();
  if (kind === 'msqrt' || kind === 'mroot') {
    // The surd is drawn as an <mo> of its own beside the radicand; the index is the other part.
    return found.filter((p) => p.box === 'sqrt' || !isSurd(p.el)).map((p) => (p.box ? p : { ...p, box: 'root' }));
  }
  return found;
}

function isSurd(el: Element): boolean {
  return el.getAttribute('data-mml-node') === 'mo' && svgText(el) === '\u221a';
}

/** An SVG token's characters, from its glyphs' `data-c` (or the text MathJax sets for a
 * character its font lacks); a stretched symbol's own code point rather than its pieces'. */
function svgText(el: Element): string {
  let text = '';
  // A group with a code point (a stretched symbol) is read whole, not its pieces.
  for (const glyph of descendants(el, (d) => d.hasAttribute('data-c') || d.localName === 'text', true)) {
    const code = glyph.getAttribute('data-c');
    text += code ? (fromCodePoint(Number.parseInt(code, 16)) ?? '') : (glyph.textContent ?? '');
  }
  return text;
}

type Reader = (el: Element) => MathPart | null;

function readAll(placed: Placed[], read: Reader): MathPart[] {
  return placed.map((p) => read(p.el)).filter((part): part is MathPart => part !== null);
}

/**
 * The MathML element from the parts found in its drawing, in MathML's order. Where a script,
 * limit or index is missing (a brace drawn from pieces of MathJax's font only), its parts are
 * kept in a row, so that the element never has fewer children than MathML expects.
 */
function assemble(name: string, kind: string, placed: Placed[], read: Reader): MathPart {
  const inBox = (...boxes: string[]) =>
    readAll(
      placed.filter((p) => boxes.includes(p.box)),
      read,
    );
  const row = (parts: MathPart[]): MathPart =>
    parts.length === 1 ? (parts[0] as MathPart) : { name: 'mrow', children: parts };
  const all = () => readAll(placed, read);
  const svg = placed.length > 0 && placed[0]?.el.hasAttribute('data-mml-node');
  const scripted = (base: MathPart[], ...scripts: MathPart[][]): MathPart =>
    base.length && scripts.every((s) => s.length)
      ? { name, children: [row(base), ...scripts.map(row)] }
      : { name: 'mrow', children: all() };
  if (svg) {
    // SVG draws the parts in MathML's order, except the scripts (superscript first, or the limits
    // of a sum set beside it in a line of text) and a root's index apart from its radicand.
    if (kind === 'msqrt') return { name, children: inBox('sqrt') };
    if (kind === 'mroot') return scripted(inBox('sqrt'), inBox('root'));
    if ((kind === 'msubsup' || kind === 'munderover') && placed.length === 3) {
      const [base, first, second] = placed as [Placed, Placed, Placed];
      const [lower, upper] = raise(first.el) > raise(second.el) ? [second, first] : [first, second];
      return scripted(readAll([base], read), readAll([lower], read), readAll([upper], read));
    }
    return withArity(name, all());
  }
  switch (kind) {
    case 'msub':
    case 'msup':
      return scripted(inBox(''), inBox('script', 'after-spacer'));
    case 'msubsup':
      return scripted(inBox(''), inBox('after-spacer'), inBox('script'));
    case 'mfrac':
      return scripted(inBox('num'), inBox('den'));
    case 'msqrt':
      return { name, children: all() };
    case 'mroot':
      return scripted(inBox('sqrt'), inBox('root'));
    case 'munder':
      return scripted(inBox('base', ''), inBox('under', 'script', 'after-spacer'));
    case 'mover':
      return scripted(inBox('base', ''), inBox('over', 'script'));
    case 'munderover':
      return scripted(inBox('base', ''), inBox('under', 'after-spacer'), inBox('over', 'script'));
    default:
      return { name, children: all() };
  }
}

/** How many children MathML's scripts, fractions and roots have (base first). */
const ARITY = new Map([
  ['msub', 2],
  ['msup', 2],
  ['msubsup', 3],
  ['munder', 2],
  ['mover', 2],
  ['munderover', 3],
  ['mfrac', 2],
  ['mroot', 2],
]);

/** The element, or a row of its parts where one went missing (MathML draws a wrong count as an error). */
function withArity(name: string, children: MathPart[]): MathPart {
  const arity = ARITY.get(name);
  return arity === undefined || children.length === arity ? { name, children } : { name: 'mrow', children };
}

/** How far up MathJax's SVG moves a part (its y axis points up: a superscript's is positive). */
function raise(el: Element): number {
  const y = TRANSLATE.exec(el.getAttribute('transform') ?? '')?.[1];
  return y ? Number.parseFloat(y) : 0;
}

const TRANSLATE = /translate\(\s*-?[\d.]+(?:e-?\d+)?[\s,]+(-?[\d.]+(?:e-?\d+)?)/;

function hasText(part: MathPart): boolean {
  return Boolean(part.text?.trim()) || part.children.some(hasText);
}

function toElement(doc: Document, part: MathPart): Element {
  const el = doc.createElementNS(MATHML, part.name);
  if (part.text !== undefined)
    el.textContent =
      part.name === 'mi' ? plainItalic(part.text) : part.name === 'mo' ? plainAccent(part.text) : part.text;
  for (const child of part.children) el.append(toElement(doc, child));
  return el;
}

/** A one-letter identifier in mathematical italic, as the plain letter `<mi>` sets in italic. */
function plainItalic(text: string): string {
  const code = text.codePointAt(0) ?? 0;
  if ([...text].length !== 1) return text;
  if (code === PLANCK_H) return 'h';
  if (code >= ITALIC_CAPITAL_A && code <= ITALIC_SMALL_Z) {
    const offset = code - ITALIC_CAPITAL_A;
    return String.fromCharCode(offset < 26 ? 65 + offset : 97 + offset - 26);
  }
  // α to ω (with ς) in the same order as the plain Greek letters, then ∂ and the variant forms.
  if (code >= ITALIC_SMALL_ALPHA && code <= ITALIC_SMALL_OMEGA)
    return String.fromCharCode(0x3b1 + code - ITALIC_SMALL_ALPHA);
  return ITALIC_GREEK_SYMBOLS[code - ITALIC_SMALL_OMEGA - 1] ?? text;
}

const ITALIC_SMALL_ALPHA = 0x1d6fc;
const ITALIC_SMALL_OMEGA = 0x1d714;
const ITALIC_GREEK_SYMBOLS = ['\u2202', '\u03f5', '\u03d1', '\u03f0', '\u03d5', '\u03f1', '\u03d6'];

/** The accents MathJax draws with a glyph of its font's own choosing, as MathML writes them. */
function plainAccent(text: string): string {
  return DRAWN_ACCENTS.get(text) ?? text;
}

const DRAWN_ACCENTS = new Map([
  ['\u02c6', '^'], // \hat
  ['\u02dc', '~'], // \tilde
  ['\u20d7', '\u2192'], // \vec (a combining arrow, drawn alone)
  ['\u2013', '\u2015'], // \overline's rule in MathJax 3
]);

function fromCodePoint(code: number): string | undefined {
  // The private-use code points are pieces of MathJax's own font (a long brace's ends).
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff || (code >= 0xe000 && code <= 0xf8ff)) return undefined;
  return String.fromCodePoint(code);
}
