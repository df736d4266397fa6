/** Where the blocks read aloud are in the reader's view: where to start, whether to follow. */
import type { SpeakableBlock } from './speakable-blocks';

/** A block showing less than this much at the top of the view is passed for the next one. */
const BARELY_SHOWN = 16;

/** The first block showing in the view: where the reader is. */
export function firstBlockInView(blocks: SpeakableBlock[], scroller: HTMLElement | null): number {
  if (!scroller) return 0;
  const top = scroller.getBoundingClientRect().top;
  const index = blocks.findIndex((b) => b.element.getBoundingClientRect().bottom > top + BARELY_SHOWN);
  return Math.max(0, index);
}

export function isInView(element: Element, scroller: HTMLElement): boolean {
  const view = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  return rect.top >= view.top && (rect.bottom <= view.bottom || rect.height > view.height);
}

export function isPartlyInView(element: Element, scroller: HTMLElement): boolean {
  const view = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  return rect.bottom > view.top && rect.top < view.bottom;
}
