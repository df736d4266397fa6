import { hasTextLongerThan } from './dom';

/**
 * The classes social networks' embed codes give the quote a page keeps of a post: X/Twitter's
 * `twitter-tweet`, Instagram's `instagram-media`, TikTok's `tiktok-embed`, Bluesky's
 * `bluesky-embed`, Threads' `text-post-media`, Reddit's `reddit-embed-bq`. Without the network's
 * script (a reader runs none) the blockquote is what stays: the post's words, its author and date.
 */
const EMBEDDED_POST_CLASSES = new Set([
  'twitter-tweet',
  'instagram-media',
  'tiktok-embed',
  'bluesky-embed',
  'text-post-media',
  'reddit-embed-bq',
]);

/** How many wrappers round a post are looked at: a site's widget box, its inner box, its content box. */
const MAX_WRAPPERS = 3;
/** A box holding the post alone has it, a script and little else. */
const MAX_BOX_CHILDREN = 4;
/** What a box may hold besides the post: the white space of its markup, a short label. */
const BOX_SLACK = 200;
/** A post is short (an Instagram caption runs to 2,200 characters); a longer "post" is left as it is. */
const MAX_POST_TEXT = 5000;
/** More posts than this on one page are a hostile page's, not an article's quotes. */
export const MAX_EMBEDDED_POSTS = 50;

export function isEmbeddedPost(el: Element): boolean {
  if (el.tagName !== 'BLOCKQUOTE') return false;
  const names = el.getAttribute('class');
  return Boolean(names?.split(/\s+/).some((name) => EMBEDDED_POST_CLASSES.has(name)));
}

/**
 * A post the article quotes is the story's (a news report on what people said online quotes
 * five tweets), but the boxes a site sets it in are named for what they are (NJ.com's
 * `social-media-embed`, Sky's `sdc-article-tweet`) and hold little but a link or two: Readability
 * removed them, for the name before it reads the page, and for the links after it chose the
 * article (a <div> "low weight and a little linky"). The boxes that hold the post alone are
 * taken away, the post left in their place: Readability judges no <blockquote> so.
 */
export function unwrapEmbeddedPost(post: Element): void {
  // Text measured only up to what matters: a box climbed may be the whole article.
  if (hasTextLongerThan(post, MAX_POST_TEXT)) return;
  const most = (post.textContent ?? '').length + BOX_SLACK;
  let box: Element | null = post.parentElement;
  for (let level = 0; box?.parentElement && level < MAX_WRAPPERS; level++) {
    if (box.childElementCount > MAX_BOX_CHILDREN || hasTextLongerThan(box, most)) break;
    const outer: Element = box.parentElement;
    box.replaceWith(...box.childNodes);
    box = outer;
  }
}
