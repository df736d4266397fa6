/**
 * MathML's own layout attributes, kept within what a formula needs. A formula's parts may be
 * sized (`mathsize`, `scriptlevel`), spaced (`mspace`, an operator's `lspace`) and moved
 * (`mpadded`'s `voffset` and box), and the browser draws them as told: a page's formula could draw
 * one glyph over the whole reader, lift its words out of their line onto the article's other text
 * or Folio's header, or pull what follows back over the words before it. TeX's own output stays
 * well inside these bounds (its largest delimiter is 2.47em, its widest space 2em); what a page's
 * formula asks beyond them is dropped, and the part is drawn at its default.
 */

/** Letters' worth of room: no space, box or stretch beyond four times the text's size. */
const MAX_EM = 4;
/** A part lifted or lowered within its line, not onto another. */
const MAX_SHIFT_EM = 1;
/** Sizes from half to two and a half times the text's (TeX's \tiny… \Huge, about 0.5–2.5). */
const MIN_SIZE = 0.5;
const MAX_SIZE = 2.5;

/** Lengths that size or space a part: each kept if it is neither negative nor over MAX_EM. */
const SPACES = new Set([
  'width',
  'height',
  'depth',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'linethickness',
  'subscriptshift',
  'superscriptshift',
  'supscriptshift',
  'rowspacing',
  'columnspacing',
  'framespacing',
]);

/** Each unit in ems, at the browser's 16px text (a `%` or bare number scales the default). */
const UNIT_EMS: Record<string, number> = {
  em: 1,
  ex: 0.5,
  px: 1 / 16,
  pt: 1 / 12,
  pc: 1,
  in: 6,
  cm: 6 / 2.54,
  mm: 0.6 / 2.54,
  mu: 1 / 18,
  '%': 0.01,
  '': 1,
};

/** MathML 3's named spaces, in eighteenths of an em (their negative forms are negative). */
const NAMED_SPACES: Record<string, number> = {
  veryverythinmathspace: 1,
  verythinmathspace: 2,
  thinmathspace: 3,
  mediummathspace: 4,
  thickmathspace: 5,
  verythickmathspace: 6,
  veryverythickmathspace: 7,
};

/** Words that stand for a modest value where the attribute takes them. */
const NAMED_VALUES = new Set(['small', 'normal', 'big', 'thin', 'medium', 'thick', 'auto']);

// A sign (MathML 3's "+1em" adds to the default), a number, a unit. No nested repetition: linear.
const LENGTH = /^([+-]?)(\d{1,6}(?:\.\d{0,6})?|\.\d{1,6})(em|ex|px|pt|pc|in|cm|mm|mu|%)?$/;

/** A length in ems, or undefined when it is not one MathML writes. */
function lengthInEms(value: string): number | undefined {
  const word = value.trim().toLowerCase();
  const named = NAMED_SPACES[word.replace(/^negative/, '')];
  if (named !== undefined) return (word.startsWith('negative') ? -named : named) / 18;
  const parts = LENGTH.exec(word);
  if (!parts) return undefined;
  const ems = Number(parts[2]) * (UNIT_EMS[parts[3] ?? ''] ?? Number.NaN);
  return parts[1] === '-' ? -ems : ems;
}

/** Whether a value is a space of the formula's own scale: 0 to MAX_EM, or a modest named value. */
const isModestSpace = (value: string) =>
  NAMED_VALUES.has(value.trim().toLowerCase()) ||
  value
    .trim()
    .split(/\s+/)
    .every((one) => {
      const ems = lengthInEms(one);
      return ems !== undefined && ems >= 0 && ems <= MAX_EM;
    });

const isModestSize = (value: string) => {
  if (NAMED_VALUES.has(value.trim().toLowerCase())) return true;
  const ems = lengthInEms(value);
  return ems !== undefined && ems >= MIN_SIZE && ems <= MAX_SIZE;
};

const isModestShift = (value: string) => {
  const ems = lengthInEms(value);
  return ems !== undefined && Math.abs(ems) <= MAX_SHIFT_EM;
};

/** The attributes whose effect adds up as parts nest: only the outermost of each is kept. */
type Nesting = 'mathsize' | 'voffset';
const NESTING: readonly Nesting[] = ['mathsize', 'voffset'];

/**
 * For each part already settled, whether it or a part around it sets the attribute: a part's
 * answer is its parent's, read once (a walk up from every part of a formula nested thousands
 * deep cost a second).
 */
const setWithin: Record<Nesting, WeakMap<Element, boolean>> = { mathsize: new WeakMap(), voffset: new WeakMap() };

/**
 * Whether a part around this one inside the same formula already sets the attribute. Sizes
 * multiply and shifts add up as they nest (a size of 2.5 inside another inside another…).
 */
function setAbove(part: Element, name: Nesting): boolean {
  for (let above = part.parentElement; above && above.namespaceURI === part.namespaceURI; above = above.parentElement) {
    const known = setWithin[name].get(above);
    if (known !== undefined) return known;
    // (Only when parts are settled out of document order.)
    if (above.hasAttribute(name)) return true;
  }
  return false;
}

/**
 * Drops a MathML element's layout attributes that would take its drawing past a formula's scale.
 * Called on each part in document order (a sanitizer's hook), so a part's ancestors are settled
 * before it.
 */
export function keepFormulaLayoutModest(part: Element): void {
  for (const { name, value } of [...part.attributes]) {
    let keep = true;
    if (name === 'mathsize') keep = isModestSize(value) && !setAbove(part, name);
    // Only the script sizes that shrink (0 to 2 levels down): "-1" enlarges, and nests.
    else if (name === 'scriptlevel') keep = /^\+?[0-2]$/.test(value.trim());
    else if (name === 'voffset') keep = isModestShift(value) && !setAbove(part, name);
    // Negative spaces add up along a row, drawing what follows back over the words before it.
    else if (SPACES.has(name)) keep = isModestSpace(value);
    else if (name === 'scriptsizemultiplier' || name === 'scriptminsize' || name === 'fontsize') keep = false;
    if (!keep) part.removeAttribute(name);
  }
  for (const name of NESTING) setWithin[name].set(part, part.hasAttribute(name) || setAbove(part, name));
}
