import { descendantsWithTag } from './dom';
import { oneLineText } from './plain-text';
import { linkDensity, normalizeSpace } from './text';

/**
 * The article's opening, when Readability left it out. Page builders and review sites set the
 * first paragraphs in a block of their own (a "summary", a first text widget) and the body in
 * another; Readability keeps the block with more text, and the reader started mid-article.
 *
 * Before Readability, each paragraph is numbered in document order, and the title's heading
 * noted. Readability moves what it keeps out of the page, so afterwards the paragraphs still in
 * the page between the title and the first one it kept are the ones it passed over. When they
 * read as prose and are set like the article's own paragraphs (the same kind of parent, or the
 * same class on the paragraph itself), or stand two or more in one block, or one runs long (a
 * summary box's "Takeaway", a "Synopsis"), they are the opening, and go before the article with
 * the section headings between them.
 * Measured on the corpus (docs/benchmarks.md, session 13): 8 pages read their opening again
 * (0336 from 0.88 to 1.00), 4 gain a standfirst or a quote the annotation leaves out (−0.007 to
 * −0.05); a caption, an author's note, a sidebar's blurb (set otherwise) stay out, which prose
 * alone let in on 30 pages. The same rule after the article's end would take in author bios and
 * sign-up pitches (43 of 45 paragraphs there), so there is none. Session 46 added the runs, the
 * long paragraphs, the whole block and the cap of 30: 13 pages changed, each an opening the
 * reader had lost (a review's intro and picks, a "Takeaway", a "Synopsis").
 */

/**
 * One mark per paragraph (one attribute: in jsdom each costs): its number in document order, its
 * own class and its parent as they were ("12 framer-text preset-18f\tDIV elementor-widget-container"),
 * which Readability changes. Classes are read with single spaces, so a tab ends the paragraph's.
 */
const MARK = 'data-folio-p';
/** A paragraph of the opening: a sentence or more of text, not a caption or a link line. */
const MIN_PROSE_LENGTH = 60;
const MAX_LINK_DENSITY = 0.25;
/**
 * More than this many passed-over paragraphs is not an opening but another part of the page,
 * unless one block holds them all and nothing else (blockOfOpening). A review's opening may be
 * its picks: Wirecutter's intro and three picks' write-ups are 22 paragraphs before the body.
 */
const MAX_OPENING_PARAGRAPHS = 30;
/** A block of the opening holds at least this many of its paragraphs: one is a caption's box. */
const MIN_BLOCK_PARAGRAPHS = 2;

/**
 * Numbers the page's paragraphs, noting each one's parent; returns how many come before the
 * title's <h1> (found by its text). Without that heading there is no opening to look for, and
 * nothing is marked. The marks are attributes, so they survive Readability parsing the page
 * again; restoreOpening takes them off what it returns.
 */
export function numberParagraphs(body: Element, headingText: string | undefined): number | undefined {
  const heading =
    headingText && descendantsWithTag(body, 'H1').find((h) => normalizeSpace(oneLineText(h)) === headingText);
  if (!heading) return undefined;
  // One tag at a time, from the DOM's index: a walk of every element cost more than the rest.
  let paragraphs = descendantsWithTag(body, 'P');
  if (wrapLooseLines(paragraphs) > 0) paragraphs = descendantsWithTag(body, 'P');
  paragraphs.forEach((p, order) => {
    const parent = p.parentElement;
    p.setAttribute(MARK, `${order} ${classOf(p)}\t${parent?.tagName ?? ''} ${withoutBlockIds(classOf(parent))}`);
  });
  return paragraphsBefore(paragraphs, heading);
}

/** Inline elements that a line of text set loose in a <div> is made of. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/** Text, or an inline element. (A comment is neither: a template's notes stay where they are.) */
function isInline(node: ChildNode): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && INLINE.has((node as Element).tagName));
}

/**
 * Text set loose between a <div>'s paragraphs ("<p>…</p><em>Editor's Note: …</em><p>…</p>") is a
 * paragraph of its own: each run of a sentence or more becomes a <p>, as Readability makes it when
 * it reads the <div>, so that it is numbered with the others and an opening Readability passes
 * over comes back whole. Returns how many it made.
 */
function wrapLooseLines(paragraphs: Element[]): number {
  let wrapped = 0;
  const parents = new Set<Element>();
  for (const p of paragraphs) if (p.parentElement?.tagName === 'DIV') parents.add(p.parentElement);
  for (const parent of parents) {
    let run: ChildNode[] = [];
    const wrapRun = () => {
      // Only a sentence or more: a card's short labels ("written by", a job title) stay as they are.
      if (normalizeSpace(run.map((node) => node.textContent ?? '').join('')).length >= MIN_PROSE_LENGTH) {
        const line = parent.ownerDocument.createElement('p');
        (run[0] as ChildNode).before(line);
        line.append(...run);
        wrapped++;
      }
      run = [];
    };
    for (const child of [...parent.childNodes]) {
      if (isInline(child)) run.push(child);
      else if (child.nodeType !== 8 /* a comment, inside a run or between */) wrapRun();
    }
    wrapRun();
  }
  return wrapped;
}

/** How many of the paragraphs (in document order) come before `el`: a binary search. */
function paragraphsBefore(paragraphs: Element[], el: Element): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const p = paragraphs[middle] as Element;
    if (p.compareDocumentPosition(el) & 4 /* el follows p */) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Puts the paragraphs Readability passed over between the title and the article back at the
 * article's start, and takes the marks off. Only those set like the article's own, only prose
 * (a "Read more" line stays out), and nothing unless they are mostly prose and either few or
 * all in one block of their own, which comes back whole.
 */
export function restoreOpening(container: Element, page: Element | null, titleAt: number | undefined): number {
  // No title heading: numberParagraphs marked nothing. No page: Readability took it apart.
  if (titleAt === undefined) return 0;
  const kept = descendantsWithTag(container, 'P');
  const first = Math.min(...kept.map(orderOf).filter((n) => n >= 0));
  let restored = 0;
  if (page && Number.isFinite(first) && first > titleAt) {
    // Set like the article's own paragraphs (the same kind of parent, or the same paragraph style
    // where a page builder gives every block a class of its own, as Framer does): a caption, an
    // author's name or a sidebar's blurb between the title and the article is set otherwise.
    const articleParents = new Set(kept.map(parentOf));
    // ('' is no style: paragraphs without a class are compared by their parents alone.)
    const articleStyles = new Set(kept.map(styleOf).filter(Boolean));
    const gap = descendantsWithTag(page, 'P').filter((p) => {
      const n = orderOf(p);
      return n >= titleAt && n < first;
    });
    // Paragraphs of prose side by side in one block are the article's text however they are set
    // (Wirecutter sets its intro in a <section>, the body's paragraphs in <div>s).
    const runs = new Map<Element, number>();
    for (const p of gap) {
      if (p.parentElement && readsAsProse(p, MIN_RUN_PARAGRAPH))
        runs.set(p.parentElement, (runs.get(p.parentElement) ?? 0) + 1);
    }
    const setLikeArticle = (p: Element) => {
      const style = styleOf(p);
      return (
        articleParents.has(parentOf(p)) ||
        (Boolean(style) && articleStyles.has(style)) ||
        (runs.get(p.parentElement as Element) ?? 0) >= MIN_RUN ||
        readsAsProse(p, MIN_LONG_PROSE, MAX_LONG_PROSE_LINKS)
      );
    };
    // A paragraph the article has further down is not its opening but a block the page repeats
    // (an author card above the article and again below it).
    const keptTexts = new Set(kept.map((p) => normalizeSpace(p.textContent ?? '')));
    const inGap = gap.filter((p) => {
      const text = normalizeSpace(p.textContent ?? '');
      return setLikeArticle(p) && text && !keptTexts.has(text);
    });
    const prose = inGap.filter((p) => readsAsProse(p));
    // Mostly prose: a run of link lines or labels set like paragraphs is not an opening.
    const mostlyProse = prose.length > 0 && prose.length * 2 >= inGap.length;
    const block = mostlyProse ? blockOfOpening(inGap, titleAt, first) : undefined;
    if (block || (mostlyProse && prose.length <= MAX_OPENING_PARAGRAPHS)) {
      const opening = block ? [block] : passedOver(page, titleAt, first, (p) => prose.includes(p));
      const firstKept = kept.find((p) => orderOf(p) === first);
      const before = firstKept && topLevelChild(container, firstKept);
      for (const el of opening) {
        const copy = el.cloneNode(true) as Element;
        if (before) before.before(copy);
        else container.prepend(copy);
      }
      restored = prose.length;
    }
  }
  for (const p of descendantsWithTag(container, 'P')) {
    p.removeAttribute(MARK);
  }
  return restored;
}

/**
 * The block that holds the whole opening and nothing else of the page: a page builder's first
 * column of text, with the lists, tables and pictures between its paragraphs, which the
 * paragraphs alone would leave behind (a review's "TL;DR", its intro and its comparison table,
 * set in a column of their own above the one Readability took: wcxb-dev 2218). Every paragraph
 * of the opening has this one parent; every paragraph in it is of the opening; it holds no title
 * heading and is mostly prose.
 */
function blockOfOpening(inGap: readonly Element[], titleAt: number, first: number): Element | undefined {
  const parent = inGap[0]?.parentElement;
  if (!parent || inGap.length < MIN_BLOCK_PARAGRAPHS || inGap.some((p) => p.parentElement !== parent)) return undefined;
  const outside = descendantsWithTag(parent, 'P').some((p) => {
    const n = orderOf(p);
    return n < titleAt || n >= first;
  });
  if (outside || descendantsWithTag(parent, 'H1').length > 0) return undefined;
  return linkDensity(parent) <= MAX_LINK_DENSITY ? parent : undefined;
}

/**
 * The page's paragraphs numbered from `from` up to `to` (not included) that are still in it and
 * that `wanted` accepts, with the section headings just before each (none before the first: it
 * may head something else).
 */
function passedOver(page: Element, from: number, to: number, wanted: (p: Element) => boolean): Element[] {
  const out: Element[] = [];
  let headings: Element[] = [];
  for (const el of descendantsWithTag(page, 'P', 'H2', 'H3', 'H4')) {
    if (el.tagName !== 'P') {
      if (out.length && normalizeSpace(el.textContent ?? '')) headings.push(el);
      continue;
    }
    const n = orderOf(el);
    if (n < from || n >= to || !normalizeSpace(el.textContent ?? '') || !wanted(el)) continue;
    out.push(...headings, el);
    headings = [];
  }
  return out;
}

function orderOf(p: Element): number {
  const mark = p.getAttribute(MARK);
  return mark === null ? -1 : Number.parseInt(mark, 10);
}

function parentOf(p: Element): string | undefined {
  const mark = p.getAttribute(MARK);
  return mark === null ? undefined : mark.slice(mark.indexOf('\t') + 1);
}

/** The paragraph's own class as it was ('' for none). */
function styleOf(p: Element): string | undefined {
  const mark = p.getAttribute(MARK);
  return mark === null ? undefined : mark.slice(mark.indexOf(' ') + 1, mark.indexOf('\t'));
}

function classOf(el: Element | null): string {
  return normalizeSpace(el?.getAttribute('class') ?? '');
}

/** A page builder's id for one block: a hex number at the end of a class ("uagb-block-6b392fa1"). */
const BLOCK_ID = /^[0-9a-f]{6,}$/;

/**
 * The classes without a page builder's id for the one block: Spectra and Elementor class each
 * column "…column__wrap uagb-block-6b392fa1", so the opening's column and the body's differ only
 * there (wcxb-dev 2218).
 */
function withoutBlockIds(classes: string): string {
  return classes
    .split(' ')
    .filter((name) => {
      const end = name.slice(Math.max(name.lastIndexOf('-'), name.lastIndexOf('_')) + 1);
      return !(BLOCK_ID.test(end) && /\d/.test(end));
    })
    .join(' ');
}

/** A run of prose: at least this many paragraphs in one block, each at least this long. */
const MIN_RUN = 2;
const MIN_RUN_PARAGRAPH = 150;

/** A paragraph this long, nearly without links, is the article's however it is set (a summary box). */
const MIN_LONG_PROSE = 400;
const MAX_LONG_PROSE_LINKS = 0.1;

/** Prose: at least `minLength` characters, at most the share `maxLinks` of its text in links. */
function readsAsProse(p: Element, minLength = MIN_PROSE_LENGTH, maxLinks = MAX_LINK_DENSITY): boolean {
  return normalizeSpace(p.textContent ?? '').length >= minLength && linkDensity(p) <= maxLinks;
}

/** The child of `container` that holds `el` (Readability wraps what it keeps in a div or two). */
function topLevelChild(container: Element, el: Element): Element | undefined {
  let node: Element | null = el;
  while (node && node.parentElement !== container) node = node.parentElement;
  return node ?? undefined;
}
