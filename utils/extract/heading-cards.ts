import { descendantsWithTag, firstDescendant, hasTextLongerThan, holdsText, isHeading } from './dom';
import { isProseParagraph } from './masked-prose';
import type { RemovalReport } from './report';
import { linksToOtherPageOfSite } from './site-links';
import { linkDensity } from './text';

/** Levels climbed from a heading to the card that holds it. */
const MAX_CARD_LEVELS = 3;
/** A card's text at most: headings, a credit, a price and its button. */
const MAX_CARD_TEXT = 300;
/** Readability removes a block of no class weight with more of its text in links than this. */
const READABILITY_LINKY = 0.2;
/** Blocks with words looked at after a card for the paragraph it heads (the pros and cons, a link
 * to the full review)… */
const MAX_BLOCKS_BEFORE_PROSE = 3;
/** …and empty ones (an advert's slot). */
const MAX_EMPTY_BETWEEN = 3;

/**
 * A buying guide's product card heads the write-up after it: Serious Eats sets "The Best Splurge
 * French Press Coffee Maker" and the product's name, linked to the shop, in a box with its
 * picture and "$129 at Amazon", then "What we liked: …" in plain paragraphs. Readability removed
 * each card for its links (a block a fifth links goes), and the write-ups ran on under "Our
 * Favorite French Presses" with no word of which product each was (wcxb-dev 4078: 10 headings).
 *
 * The headings of such a card are moved out before it, and the card is left to the cleaning: a
 * box of short text, more than a fifth links, whose next block with words is a paragraph of
 * prose, and whose headings do not link to another page of the site (a teaser of another post
 * set in the article is not a heading of it).
 */
export function liftHeadingsOutOfCards(body: Element, pageUrl: string, report: RemovalReport): void {
  const done = new Set<Element>();
  for (const heading of descendantsWithTag(body, 'H2', 'H3', 'H4')) {
    if (!heading.isConnected || done.has(heading)) continue;
    const card = cardHeadingProse(heading, pageUrl);
    if (!card) continue;
    const headings = descendantsWithTag(card, 'H2', 'H3', 'H4');
    for (const h of headings) done.add(h);
    card.before(...headings);
    report.note('pre-clean', `lifted ${headings.length} headings out of a card before its write-up`);
  }
}

/** The card round `heading` that heads a paragraph of prose, if any. */
function cardHeadingProse(heading: Element, pageUrl: string): Element | undefined {
  let card: Element | null = heading.parentElement;
  for (let level = 0; card && level < MAX_CARD_LEVELS; level++, card = card.parentElement) {
    if (card.tagName !== 'DIV' || hasTextLongerThan(card, MAX_CARD_TEXT)) return undefined;
    if (!headsProse(card)) continue;
    if (linkDensity(card) <= READABILITY_LINKY) return undefined;
    const linksWithin = descendantsWithTag(card, 'H2', 'H3', 'H4').some((h) => {
      const link = h.closest('a[href]') ?? h.querySelector('a[href]');
      return link !== null && linksToOtherPageOfSite(link.getAttribute('href') ?? '', pageUrl);
    });
    return linksWithin ? undefined : card;
  }
  return undefined;
}

/**
 * Whether a paragraph of prose follows `card` before any heading: right after it, or after its
 * pros and cons and a link to the full review (The Spruce Eats).
 */
function headsProse(card: Element): boolean {
  let withWords = 0;
  let empty = 0;
  for (let next = card.nextElementSibling; next; next = next.nextElementSibling) {
    if (isProseParagraph(next)) return true;
    // Asked without copying the block's text: it may be the rest of the article.
    if (!holdsText(next)) {
      if (++empty > MAX_EMPTY_BETWEEN) return false;
      continue;
    }
    if (++withWords > MAX_BLOCKS_BEFORE_PROSE || isHeading(next) || firstDescendant(next, isHeading)) return false;
  }
  return false;
}
