import { descendantsWithTag } from './dom';
import type { RemovalReport } from './report';
import { linkDensity, normalizeSpace } from './text';

/**
 * Removes the cards a page pops up from a name inside a sentence, set in the paragraph and hidden
 * by its style sheet: The Hill's "South Dakota Gov. <a>Kristi Noem</a>" holds, after the name, a
 * <span> with her photo, "Kristi Lynn Noem" and three headlines of other stories, which read as
 * part of the sentence ("Kristi Lynn NoemSouth Dakota governor doubles down… MORE (R) is
 * defending…"). A card is a <span> inside a paragraph with a picture and at least two links, and
 * no words but its links'. The name before it, a link of its own, stays.
 */
export function removeInlineCards(content: Element, report: RemovalReport): void {
  for (const paragraph of descendantsWithTag(content, 'P')) {
    // Only paragraphs with a picture inside are looked into: most have none.
    if (!paragraph.querySelector('img')) continue;
    const cards = descendantsWithTag(paragraph, 'SPAN').filter(isCard);
    // The innermost: the name's own wrapper holds the card and the name, and passes the test too.
    for (const card of cards.filter((c) => !cards.some((other) => other !== c && c.contains(other)))) {
      report.remove('post-clean', 'a card popped up from a name', card);
    }
  }
}

function isCard(span: Element): boolean {
  if (!span.querySelector('img') || descendantsWithTag(span, 'A').length < 2) return false;
  return normalizeSpace(span.textContent ?? '') !== '' && linkDensity(span) > 0.95;
}
