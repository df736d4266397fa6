/**
 * A video set in an article's <figure> inside its player's wrappers (<figure><div class="player">
 * <video>…): Readability removes a <div> that holds no text and no picture ("no useful content"),
 * and the video went with it, leaving its caption alone (13 videos on one review page). The
 * wrappers that hold nothing but the video give way to it, so that the figure holds the video
 * itself, as HTML writes one.
 */
export function liftVideosInFigures(videos: Iterable<Element>): void {
  for (const video of videos) {
    const figure = video.parentElement?.closest('figure');
    if (!figure) continue;
    let outermost: Element = video;
    for (let wrapper = video.parentElement; wrapper && wrapper !== figure; wrapper = wrapper.parentElement) {
      if (wrapper.childElementCount !== 1 || !holdsOnly(wrapper, video)) break;
      outermost = wrapper;
    }
    if (outermost !== video) outermost.replaceWith(video);
  }
}

/** The wrapper's text is its video's (a fallback line like "Your browser does not support video"), no more. */
function holdsOnly(wrapper: Element, video: Element): boolean {
  return (wrapper.textContent ?? '').trim() === (video.textContent ?? '').trim();
}
