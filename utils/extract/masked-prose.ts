import { classAndId, descendantsWithTag, firstDescendant } from './dom';
import { isUnlikelyOnlyFor, isUnlikelyToReadability, READABILITY_UNLIKELY_CANDIDATE } from './patterns';
import type { RemovalReport } from './report';
import { weightedLength } from './text';

/** A paragraph of prose, not a teaser's line or a caption: about 100 Latin characters or 35 Chinese ones. */
const PROSE_PARAGRAPH = 100;

export const isProseParagraph = (el: Element): boolean =>
  el.tagName === 'P' && weightedLength(el.textContent ?? '') >= PROSE_PARAGRAPH;

/** Two or more prose paragraphs: a block that holds them holds the article's text, whatever its name. */
export function holdsArticleText(el: Element): boolean {
  let found = 0;
  return Boolean(firstDescendant(el, (d) => isProseParagraph(d) && ++found >= 2));
}

/** Below this much prose on the page, no block is "most of it". */
const MIN_PAGE_PROSE = 1500;

/**
 * Layout names that Readability's first pass removes an element for: names of a place on the
 * page, not of a kind of content. A block named "comments", "related" or "sidebar" that holds most
 * of the page's prose is what it says (a long thread under a short post), and is left masked.
 */
const LAYOUT_NAMES = /footer|header|extra|supplemental|legends|banner|cover-wrap|combx/gi;

/** Without the names Readability's first pass removes an element for (the sanitizer drops classes anyway). */
export function unmask(el: Element): void {
  el.removeAttribute('class');
  if (READABILITY_UNLIKELY_CANDIDATE.test(el.getAttribute('id') ?? '')) el.removeAttribute('id');
}

/**
 * Class names with "hidden" in them that hide nothing: Tailwind's `overflow-hidden` (any
 * breakpoint's, either axis) clips a box's overflow, and Drupal's `field--label-hidden` hides a
 * field's label, not the field (every Drupal body has it). Readability weighs any "hidden" name
 * down, and removed what such a block held: a ranking's write-ups (wcxb-dev 0312), a directory's
 * descriptions (2976).
 */
const STYLING_HIDDEN_NAME = /^(?:[\w-]+:)?overflow-(?:[xy]-)?hidden$|^field-?-label-hidden$/;

/** Takes the styling "hidden" names off `el`'s class (the sanitizer drops classes anyway). */
export function dropStylingHiddenNames(el: Element): void {
  const names = el.getAttribute('class');
  if (!names?.includes('hidden')) return;
  const all = names.split(/\s+/).filter(Boolean);
  const kept = all.filter((name) => !STYLING_HIDDEN_NAME.test(name));
  if (kept.length !== all.length) el.setAttribute('class', kept.join(' '));
}

/**
 * A block that holds most of the page's prose is the article, whatever its class says: Resy's
 * guide sets its restaurant write-ups in `<div class="page1-footer">` under a short lead, and
 * Readability's first pass removed them for the name, leaving the lead and the "Discover more"
 * teasers. Each prose paragraph counts for the block Readability would remove it with (when
 * only one would); such a block named for its place on the page that holds more than half of all
 * the prose loses the names (the sanitizer drops classes anyway).
 */
export function unmaskProseHolders(body: Element, report: RemovalReport): void {
  const maskOf = new Map<Element, boolean>();
  const isMasked = (el: Element) => {
    let masked = maskOf.get(el);
    if (masked === undefined) {
      masked = el.hasAttributes() && isUnlikelyToReadability(classAndId(el));
      maskOf.set(el, masked);
    }
    return masked;
  };
  const hidden = new Map<Element, number>();
  // The parent of each prose paragraph a block hides, and how many it holds.
  const runs = new Map<Element, Map<Element | null, number>>();
  let total = 0;
  for (const p of descendantsWithTag(body, 'P')) {
    const length = weightedLength(p.textContent ?? '');
    if (length < PROSE_PARAGRAPH) continue;
    total += length;
    // Only where one block hides it: under two, taking the names off one would not bring it back.
    let mask: Element | undefined;
    for (let up = p.parentElement; up && up !== body; up = up.parentElement) {
      if (!isMasked(up)) continue;
      if (mask) {
        mask = undefined;
        break;
      }
      mask = up;
    }
    if (mask) {
      hidden.set(mask, (hidden.get(mask) ?? 0) + length);
      const parents = runs.get(mask) ?? new Map<Element | null, number>();
      parents.set(p.parentElement, (parents.get(p.parentElement) ?? 0) + 1);
      runs.set(mask, parents);
    }
  }
  if (total < MIN_PAGE_PROSE) return;
  for (const [block, length] of hidden) {
    const names = classAndId(block);
    if (length > total / 2 && isUnlikelyOnlyFor(names, LAYOUT_NAMES)) {
      unmask(block);
      report.note('pre-clean', `kept a block named "${names.trim()}" that holds most of the page's prose`);
    } else if (holdsOpening(runs.get(block)) && isUnlikelyOnlyFor(names, HEADER_NAME)) {
      unmask(block);
      report.note('pre-clean', `kept the article's header "${names.trim()}": it holds the opening's paragraphs`);
    }
  }
}

/**
 * An article's header (Hearst's `listicle-header`) that holds a run of prose paragraphs, two or
 * more side by side, holds the article's opening, not only its title and byline: Readability
 * removed it for the name, and a listicle began at its first item ("So you've decided to give
 * your home a refresh…" and three paragraphs more went, Elle Decor). A site's header holds no
 * such run; authors' cards in an article's header (Car Talk's) hold a paragraph each.
 */
const MIN_OPENING_PARAGRAPHS = 2;
const HEADER_NAME = /header/gi;

function holdsOpening(parents: Map<Element | null, number> | undefined): boolean {
  return [...(parents?.values() ?? [])].some((count) => count >= MIN_OPENING_PARAGRAPHS);
}
