import { descendantsWithTag, isHeading } from './dom';

/**
 * Readability keeps its best block and those beside it that score well enough; a heading beside
 * it scores nothing, and goes. Read again on the prose region alone (readRegion), a recipe's
 * "Instructions" went that way from over its steps (King Arthur sets the heading, the switch
 * for its cook mode and the steps' list side by side). The blocks a heading stands right before
 * are noted before Readability runs, and a heading whose block was kept, and which was not, is
 * put back over it.
 */
export function blocksAfterHeadings(root: Element): Map<Element, Element> {
  const headingOf = new Map<Element, Element>();
  for (const heading of descendantsWithTag(root, 'H2', 'H3', 'H4')) {
    const block = heading.nextElementSibling;
    if (block && !isHeading(block)) headingOf.set(block, heading);
  }
  return headingOf;
}

/** Puts back over each kept block the heading Readability passed over (see blocksAfterHeadings). */
export function putBackPassedHeadings(content: Element, headingOf: ReadonlyMap<Element, Element>): number {
  let restored = 0;
  for (const [block, heading] of headingOf) {
    if (!content.contains(block) || content.contains(heading) || !(heading.textContent ?? '').trim()) continue;
    block.before(heading);
    restored++;
  }
  return restored;
}
