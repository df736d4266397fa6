import { hasOwnText } from './dom';
import { linksToOtherPageOfSite } from './site-links';

/**
 * A list of other posts at the article's end, each a card whose excerpt the site cut short
 * ("…the top 8K companies are Samsung Electronics Co. Ltd, LG Electr...", "Nurse Rachael
 * Greaves, who draws blo..."), with the card's title, date, label and picture between. Not the
 * article's: it goes, with the list's own heading ("Recent Blogs") and the first card's lines.
 * Told by the cut excerpts, two or more, each under a short line, and nothing but short lines
 * between them and the end.
 */

/** An excerpt cut by the site: ends in a letter and an ellipsis ("LG Electr...", "Police ..."). */
const CUT_SHORT = /\p{L} ?(?:\.\.\.|…)$/u;
/** Shorter than this, a line that ends so is a prompt ("Check out…"), not an excerpt. */
const MIN_EXCERPT_LENGTH = 80;
/** Up to this long, a line is a card's title, date, label or a picture's line, not prose. */
const MAX_CARD_LINE = 100;
/** How many short lines before the first excerpt are its card's and the list's heading. */
const MAX_LEAD_IN = 4;

type Block = { el: Element; text: string };

/** A cut excerpt under its card's title, date or picture: an article's paragraph that trails off
 * ("…the growing interest in retro gaming...") follows another paragraph. */
function isCardExcerpt(blocks: Block[], i: number): boolean {
  const text = (blocks[i] as Block).text;
  const above = blocks[i - 1];
  return (
    text.length >= MIN_EXCERPT_LENGTH &&
    CUT_SHORT.test(text) &&
    above !== undefined &&
    above.text.length <= MAX_CARD_LINE
  );
}

export function removeExcerptListAtEnd(blocks: Block[], remove: (el: Element, reason: string) => void): void {
  let excerpts = 0;
  let firstExcerpt = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (isCardExcerpt(blocks, i)) {
      excerpts++;
      firstExcerpt = i;
    } else if ((blocks[i] as Block).text.length > MAX_CARD_LINE) break;
  }
  if (excerpts < 2) return;
  let from = firstExcerpt;
  for (let lead = 0; lead < MAX_LEAD_IN && from > 0; lead++) {
    if ((blocks[from - 1] as Block).text.length > MAX_CARD_LINE) break;
    from--;
  }
  for (const { el } of blocks.slice(from)) remove(el, 'excerpts of other posts');
}

/** A card's excerpt is a post's opening, up to a long paragraph; more is an article's section. */
const MAX_CARD_EXCERPT = 1000;
/** Blocks a card may hold beside its title: its excerpt, a date, a label. */
const MAX_CARD_BLOCKS = 4;
/**
 * The cards are a tail: past this share of the article's text they are the article (a listicle
 * whose items' titles link to the site's reviews). Where the article's own headings of the
 * cards' rank are not links, the cards are told from its sections by that, and may be more of a
 * short article's text.
 */
const MAX_CARDS_SHARE = 0.4;
const MAX_CARDS_SHARE_UNLIKE_SECTIONS = 0.6;
const CARD_TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5']);

/**
 * Cards of the site's other posts at the article's end, each a heading that is wholly a link to
 * another page of the site, with the post's excerpt whole under it (Global Traveler's "Ireland:
 * The Pinnacle of Golf by the Sea and Beyond" and its first paragraph), or a list of such cards
 * (HomeAdvisor's "Build an Addition", a date above, a blurb under). Two or more cards and nothing
 * else to the end but a heading left without its section; a heading just before them, or a short
 * line, is the list's own ("The homeowners guide to…"). A listicle whose items' titles link to
 * the site's pages is told by its size, and by the article's other headings of that rank being
 * links too.
 */
export function removeLinkedCardsAtEnd(
  blocks: Block[],
  pageUrl: string | undefined,
  remove: (el: Element, reason: string) => void,
): void {
  if (!pageUrl) return;
  const linkedTitle = (el: Element) => {
    const title = cardTitle(el);
    if (title && linksElsewhereOnSite(title, pageUrl)) return title;
    return wholeCardTitle(el, pageUrl);
  };
  let end = blocks.length;
  // A heading left at the very end without its section ("Related Tasks", its links gone).
  const last = blocks[end - 1];
  if (last && cardTitle(last.el) && !linkedTitle(last.el)) end--;
  let cards = 0;
  let from = end;
  let titleTag = '';
  let beside = 0;
  for (let i = end - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    const title = linkedTitle(block.el);
    // A list of cards counts only as the last thing on the page.
    const listed = !title && cards === 0 && beside === 0 ? cardsInList(block, linkedTitle) : 0;
    if (title && (!titleTag || title.tagName === titleTag)) {
      // A title with nothing under it is a link, not a card (a card linked whole holds its lines).
      if (beside === 0 && cards === 0 && block.el.tagName !== 'A') return;
      titleTag = title.tagName;
      cards++;
    } else if (listed >= 2) {
      cards = listed;
    } else if (!cardTitle(block.el) && block.text.length <= MAX_CARD_EXCERPT && beside < MAX_CARD_BLOCKS) {
      // A card's picture is no line of it.
      if (block.text) beside++;
      continue;
    } else break;
    beside = 0;
    from = i;
  }
  if (cards < 2) return;
  // The card's lines above its title (a date) and the list's heading or blurb.
  for (let lead = 0; lead < MAX_LEAD_IN && from > 0; lead++) {
    const above = blocks[from - 1] as Block;
    if (above.text.length > MAX_CARD_LINE || linkedTitle(above.el)) break;
    from--;
    if (cardTitle(above.el)) break;
  }
  const before = blocks.slice(0, from).map((b) => cardTitle(b.el));
  const sameRank = before.filter((title) => title && (!titleTag || title.tagName === titleTag));
  // The article's own sections link their titles too (a guide's index: "Step 1 - <a>Backing up
  // your data</a>"): the cards are more of them.
  if (sameRank.some((title) => title && linksElsewhereOnSite(title, pageUrl, false))) return;
  const text = (list: Block[]) => list.reduce((sum, b) => sum + b.text.length, 0);
  // Set apart from the article: the cards are not in the box that holds its last paragraph.
  const lastOfArticle = blocks.slice(0, from).findLast((b) => b.text)?.el;
  const apart = lastOfArticle !== undefined && !lastOfArticle.parentElement?.contains((blocks[from] as Block).el);
  const share = sameRank.length || apart ? MAX_CARDS_SHARE_UNLIKE_SECTIONS : MAX_CARDS_SHARE;
  if (text(blocks.slice(from)) > text(blocks) * share) return;
  for (const { el } of blocks.slice(from)) remove(el, 'cards of other posts');
}

/** How many cards a list block holds, each item a linked title and a short excerpt; 0 if any item is more. */
function cardsInList(block: Block, linkedTitle: (el: Element) => Element | undefined): number {
  if (block.el.tagName !== 'UL' && block.el.tagName !== 'OL') return 0;
  let cards = 0;
  for (let item = block.el.firstElementChild; item; item = item.nextElementSibling) {
    const text = (item.textContent ?? '').trim();
    if (!text) continue;
    const headings = [...item.querySelectorAll('h2, h3, h4, h5')];
    const title = headings.length === 1 ? linkedTitle(headings[0] as Element) : undefined;
    if (!title || text.length > (title.textContent ?? '').length + MAX_CARD_EXCERPT) return 0;
    cards++;
  }
  return cards;
}

/** The heading a block is, or the heading it only wraps (a card's `<p><h3>`). */
function cardTitle(el: Element): Element | undefined {
  let at: Element | null = el;
  while (at && !CARD_TITLE_TAGS.has(at.tagName) && at.childElementCount === 1 && !hasOwnText(at)) {
    at = at.firstElementChild;
  }
  return at && CARD_TITLE_TAGS.has(at.tagName) ? at : undefined;
}

/**
 * A card linked whole to another page of the site: `<a href="/business/certificate/"><img><h3>
 * Online Business Certificate Program Guide</h3><p>…</p><span>Jacob Given</span></a>`, its one
 * heading the card's title.
 */
function wholeCardTitle(el: Element, pageUrl: string): Element | undefined {
  if (el.tagName !== 'A' || !linksToOtherPageOfSite(el.getAttribute('href') ?? '', pageUrl)) return undefined;
  const headings = el.querySelectorAll('h2, h3, h4, h5');
  return headings.length === 1 ? (headings[0] as Element) : undefined;
}

/** The heading's words are one link (or, not `whole`, hold one) to another page of the page's own site. */
function linksElsewhereOnSite(heading: Element, pageUrl: string, whole = true): boolean {
  const links = heading.getElementsByTagName('a');
  const link = links[0];
  if (links.length !== 1 || !link) return false;
  if (whole && (link.textContent ?? '').trim() !== (heading.textContent ?? '').trim()) return false;
  return linksToOtherPageOfSite(link.getAttribute('href') ?? '', pageUrl);
}
