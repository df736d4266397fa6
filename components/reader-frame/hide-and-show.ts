import { PORT_HIDDEN } from '../../utils/protocol/messages';
import { MARK, markForTests } from '../../utils/protocol/test-hooks';
import { announceReaderHidden } from '../reader/reader-hidden';
import type { FrameChannel } from './frame-channel';

/**
 * A closed reader's frame stays in the page, hidden, so that opening it again is instant. While
 * hidden it is inert, so nothing in it can be used unseen, and it says so (a voice reading aloud
 * stops). Hidden (display: none), the frame also
 * loses its layout and its scroll offsets, before it is even told: so the place is kept as the
 * reader scrolls, and put back when the frame is shown again.
 */
export function handleHideAndShow(
  doc: Document,
  channel: FrameChannel,
  onShown: (openHighlightId: string | undefined) => void,
): void {
  let scrolledTo = 0;
  const scroller = () => doc.querySelector<HTMLElement>('.folio-scroll');
  doc.addEventListener(
    'scroll',
    (event) => {
      const target = event.target as HTMLElement;
      // Not the jump to 0 as the frame is hidden (its viewport is then empty).
      if (target === scroller() && !doc.body.inert && target.clientHeight > 0) scrolledTo = target.scrollTop;
    },
    { capture: true, passive: true },
  );
  channel.onControl((message) => {
    if (message.type === PORT_HIDDEN) {
      doc.body.inert = true;
      doc.getSelection()?.removeAllRanges();
      announceReaderHidden(doc);
      return;
    }
    markForTests(MARK.shown);
    doc.body.inert = false;
    scroller()?.scrollTo({ top: scrolledTo, behavior: 'instant' });
    onShown(message.openHighlightId);
    requestAnimationFrame(() => setTimeout(() => markForTests(MARK.shownPainted), 0));
  });
}
