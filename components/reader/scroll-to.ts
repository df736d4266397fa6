/** Frames to keep correcting a jump while the blocks around its target are laid out. */
const SETTLE_FRAMES = 10;
/** By then a smooth scroll has moved, if it started at all. */
const SMOOTH_START_MS = 250;

/**
 * Scrolls `scroller` so that `target` sits `offset` pixels below its top, and keeps it there.
 *
 * Not scrollIntoView: it would scroll the page underneath too, which must stay where it was.
 * A long article's off-screen chunks have estimated heights (content-visibility), so a jump is
 * made at once, not smoothly (a smooth scroll lays out every chunk it passes, each one moving the
 * target as it does), and then corrected in the next frames, once the chunks near the target have
 * their real size. Short moves, within two screens, are smooth.
 */
export function scrollToTarget(scroller: HTMLElement, target: { getBoundingClientRect(): DOMRect }, offset: number) {
  const distance = () => target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - offset;
  const first = distance();
  if (Math.abs(first) < scroller.clientHeight * 2) {
    const start = scroller.scrollTop;
    scroller.scrollTo({ top: start + first, behavior: 'smooth' });
    // Firefox can drop a smooth scroll asked for while an earlier one is still winding down (a
    // note's number followed, then at once its "↩"): when nothing has moved by then, jump.
    setTimeout(() => {
      if (scroller.scrollTop === start && Math.abs(distance()) >= 1) {
        scroller.scrollTo({ top: start + first, behavior: 'instant' });
      }
    }, SMOOTH_START_MS);
    return;
  }
  scroller.scrollBy({ top: first, behavior: 'instant' });
  let frames = 0;
  const settle = () => {
    const off = distance();
    if (Math.abs(off) < 1 || frames++ >= SETTLE_FRAMES) return;
    scroller.scrollBy({ top: off, behavior: 'instant' });
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
