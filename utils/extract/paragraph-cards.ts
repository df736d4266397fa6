import { descendantsWithTag, firstDescendant, hasOwnText, holdsText, sharesAClass } from './dom';
import { normalizeSpace, weightedLength } from './text';

/**
 * Some publishing systems (Arc XP's news sites among them) set each paragraph of a story in a box
 * of its own: `<div class="card collection-item"><p>…</p></div>`, one after another. Readability
 * judges each box alone, and a box of one sentence with a citation in it ("…published Monday in
 * the <a>journal Nature Astronomy</a>.") is more than a fifth links: it went as "a little
 * linky", and the story lost that sentence (scrapinghub, Hawaii News Now).
 *
 * A paragraph card is a <div> whose text is one paragraph that ends a sentence, among at least
 * three boxes beside it of its tag and a class of its, each holding a paragraph. Such a card is
 * judged as the paragraph would be outside a box: not removed for its links (unless they are
 * most of it). A teaser's line is not a sentence ("Related: <a>…</a>"); a box of its own, not
 * in a run, stays Readability's to judge.
 */

/** The paragraph's text, at least this long (weighted: a CJK character counts 3)… */
const MIN_SENTENCE = 40;
/** …ends a sentence (a closing quote or bracket may follow the stop). */
const SENTENCE_END = /[.!?。！？]["'”’)）]?$/;
/** A story's run of cards: at least this many boxes of one shape side by side. */
const MIN_RUN = 3;

/**
 * Whether `box` holds nothing with words but `inner`. Asked child by child, each stopping at its
 * first word: the box climbed to last may be the whole article.
 */
function holdsOnly(box: Element, inner: Element): boolean {
  if (hasOwnText(box)) return false;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) if (c !== inner && holdsText(c)) return false;
  return true;
}

function endsASentence(p: Element): boolean {
  const text = normalizeSpace(p.textContent ?? '');
  return weightedLength(text) >= MIN_SENTENCE && SENTENCE_END.test(text);
}

/** How many of the box's siblings (itself included) are boxes of its tag, sharing a class, that hold a paragraph. */
function runLength(box: Element): number {
  let run = 0;
  for (let c = box.parentElement?.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === box.tagName && sharesAClass(c, box) && firstDescendant(c, (d) => d.tagName === 'P')) run++;
  }
  return run;
}

/** The paragraph cards among the <div>s in `root`. */
export function paragraphCards(root: Element): Set<Element> {
  const cards = new Set<Element>();
  // Each run is counted once: by the cards' box and class.
  const runs = new Map<string, number>();
  const boxIds = new Map<Element, number>();
  for (const p of descendantsWithTag(root, 'P')) {
    if (!endsASentence(p)) continue;
    // The card is the outermost box round the paragraph that holds nothing else (an Arc card
    // wraps its paragraph once more in "card-content").
    let card: Element | undefined;
    let inner: Element = p;
    for (let box = p.parentElement; box && box !== root && box.tagName === 'DIV'; box = box.parentElement) {
      if (!holdsOnly(box, inner)) break;
      card = inner = box;
    }
    if (!card?.classList.length) continue;
    const parent = card.parentElement as Element;
    if (!boxIds.has(parent)) boxIds.set(parent, boxIds.size);
    const key = `${boxIds.get(parent)} ${card.className}`;
    if (!runs.has(key)) runs.set(key, runLength(card));
    if ((runs.get(key) ?? 0) >= MIN_RUN) cards.add(card);
  }
  return cards;
}
