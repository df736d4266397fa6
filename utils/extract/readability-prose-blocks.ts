import { isMarkedCaption } from './captions';
import { descendantsWithTag, firstDescendant } from './dom';
import { holdsArticleText } from './masked-prose';
import { isLinkedHeading } from './paragraph-mass';
import { normalizeSpace } from './text';

/**
 * Readability 0.6 removes every block inside the article it chose whose class it weighs down
 * (`_cleanConditionally`: "weight + contentScore < 0", the score taken as 0), whatever the block
 * holds: reviewed.com sets each pick's write-up in a `c-product-widget`, Consumer Reports its
 * checklist in `cda-media-block`s, a SiteOrigin page its text in `so-panel widget`s, and the
 * prose went with them (wcxb-dev 4430, 4184, 0226: word F1 about 0.6 before, 0.96 after).
 *
 * Here a block that holds article text (two prose paragraphs), or that pre-clean marked as a
 * picture's caption (NBC's "embeddedMediaCaption" under a video), and is weighed down only for a
 * name that says nothing of its content's kind ("widget", "media", "meta") is left to the other
 * tests. Only at that step: the names still count where Readability chooses the article
 * (Elementor names every block a widget; taking the names off before Readability changed which
 * block won on pages it reads well). It costs about 3% of extraction time (the trial below).
 */

/** Readability's names for a block it weighs down ("negative") and those it weighs up ("positive"). */
interface ClassWeightNames {
  negative: RegExp;
  positive: RegExp;
}

/** The negative names that describe a layout piece, not a kind of content a reader would not want. */
const NEUTRAL_NAMES = /widget|media|meta|scroll|shopping/gi;

/**
 * Names of a pitch set in a widget, which Readability's names do not cover: an affiliate's
 * offer ("ta-affiliate-widget"), a call to action ("zone-widget-custom-cta-letter"), a plea.
 */
const PITCH_NAMES = /affiliate|(?:^|[-_ ])cta(?:$|[-_ ])|advert|newsletter|subscri|donat|paid/i;

/** Whether the block is weighed down only for neutral names, so that its prose should stay. */
function weighedDownOnlyByLayoutName(el: Element, { negative, positive }: ClassWeightNames): boolean {
  const className = el.getAttribute('class') ?? '';
  if (!className || !negative.test(className) || positive.test(className) || PITCH_NAMES.test(className)) return false;
  return !negative.test(className.replace(NEUTRAL_NAMES, ''));
}

/**
 * A heading that links elsewhere: a list of posts' teasers ("Latest posts": linked titles over
 * excerpts). Where the article holds one, the shipped step stays: when it leaves Readability's
 * pick short of the page's prose, Folio reads the prose region again without the teasers
 * (extract-article), which keeping blocks in the pick would stop.
 */
function holdsPostTeaser(article: Element): boolean {
  return firstDescendant(article, isLinkedHeading) !== undefined;
}

function textLength(el: Element): number {
  return normalizeSpace(el.textContent ?? '').length;
}

interface CleanInternals {
  REGEXPS: ClassWeightNames;
  _charThreshold: number;
  _cleanConditionally(e: Element, tag: string): void;
}

/** Gives one Readability instance the step that keeps such blocks (the prototype stays as shipped). */
export function withProseBlocksKept<T extends object>(reader: T): T {
  const internals = reader as unknown as CleanInternals;
  const shipped = internals._cleanConditionally;
  // Renamed by an upgrade (the unit test says so): Readability as shipped.
  if (typeof shipped !== 'function') return reader;
  internals._cleanConditionally = function (this: CleanInternals, e: Element, tag: string): void {
    const weighedDown =
      tag === 'div'
        ? descendantsWithTag(e, 'DIV').filter((block) => weighedDownOnlyByLayoutName(block, this.REGEXPS))
        : [];
    // A caption is a line or two: keeping it does not change whether Readability tries again.
    for (const caption of weighedDown.filter(isMarkedCaption)) caption.removeAttribute('class');
    const kept = weighedDown.filter(holdsArticleText);
    // When the shipped step leaves too little, Readability tries again, wider: how it recovers
    // from a block chosen too narrowly (it often takes the whole article then). Keeping the
    // blocks must not stop that, so the shipped step is tried on a copy first (a rare case:
    // the blocks are on a few pages in a hundred). This is its last pass, on <div>s.
    if (kept.length > 0 && !holdsPostTeaser(e)) {
      const trial = e.cloneNode(true) as Element;
      shipped.call(this, trial, tag);
      if (textLength(trial) >= this._charThreshold) {
        // The class goes: Readability drops every class from the article at its end anyway.
        for (const block of kept) block.removeAttribute('class');
      }
    }
    shipped.call(this, e, tag);
  };
  return reader;
}
