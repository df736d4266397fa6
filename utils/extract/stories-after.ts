import { descendantsWithTag } from './dom';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** Other stories: at least this many <article>s after the story. */
const MIN_STORIES = 2;
/** The story holds at least this share of the article's text (ten teasers may hold more than half)… */
const MIN_STORY_SHARE = 0.3;
/** …and each other story is a teaser, no more than this share of the story's length. */
const MAX_TEASER_SHARE = 0.25;
/** A teaser's headline is a link: its words are at least this share of the heading's. */
const MIN_LINKED_HEADLINE = 0.8;

/**
 * The next stories of an endless scroll, after the story: Digg sets its story in one <article>
 * and, after it, each next story in an <article> of its own (a picture, a kicker, a headline that
 * links to the story's source, a blurb), which Readability kept with it (scrapinghub
 * 680c2848). Told by structure: of the <article>s that hold no other, the longest, the story,
 * holds a good share of the text, and every <article> after it is a teaser: a linked headline
 * and a few lines, a quarter of the story's length at most. A listicle whose entries are
 * <article>s of a like size, and entries inside the story, stay.
 */
export function removeStoriesAfterArticle(content: Element, report: RemovalReport): void {
  const articles = descendantsWithTag(content, 'ARTICLE');
  if (articles.length < MIN_STORIES + 1) return;
  // Innermost only: an <article> around the others is the page's wrapper, not a story. (Each
  // marks the <article>s above it: asking each for the ones inside would walk nested ones again.)
  const wrappers = new Set<Element>();
  for (const a of articles) {
    for (let up = a.parentElement; up && up !== content && !wrappers.has(up); up = up.parentElement) {
      if (up.tagName === 'ARTICLE') wrappers.add(up);
    }
  }
  const stories = articles.filter((a) => !wrappers.has(a));
  const lengths = new Map(stories.map((a) => [a, normalizeSpace(a.textContent ?? '').length]));
  let story: Element | undefined;
  for (const a of stories) if (!story || (lengths.get(a) ?? 0) > (lengths.get(story) ?? 0)) story = a;
  if (!story) return;
  const storyLength = lengths.get(story) ?? 0;
  if (storyLength < MIN_STORY_SHARE * normalizeSpace(content.textContent ?? '').length) return;
  const after = stories.filter((a) => story.compareDocumentPosition(a) & 4 /* follows */);
  // An <article> without words after the story (an ad's slot, a teaser's picture left alone) is
  // no story of its own: it goes with the teasers, and does not count as one.
  const worded = after.filter((a) => (lengths.get(a) ?? 0) > 0);
  if (worded.length < MIN_STORIES) return;
  const teaser = (a: Element) => (lengths.get(a) ?? 0) <= MAX_TEASER_SHARE * storyLength && hasLinkedHeadline(a);
  if (!worded.every(teaser)) return;
  for (const a of after) report.remove('post-clean', 'another story after the story', a);
}

/** Whether the <article>'s first heading is (mostly) a link: a teaser's headline. */
function hasLinkedHeadline(article: Element): boolean {
  const heading = descendantsWithTag(article, 'H1', 'H2', 'H3', 'H4')[0];
  if (!heading) return false;
  const words = normalizeSpace(heading.textContent ?? '').length;
  const linked = descendantsWithTag(heading, 'A').reduce(
    (sum, a) => sum + normalizeSpace(a.textContent ?? '').length,
    0,
  );
  return words > 0 && linked >= MIN_LINKED_HEADLINE * words;
}
