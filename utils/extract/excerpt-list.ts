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
