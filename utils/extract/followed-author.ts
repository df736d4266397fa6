import { hasTextLongerThan } from './dom';
import { normalizeSpace } from './text';
import { isName, skipUnseen } from './visible-metadata';

/**
 * The author a platform names beside a Follow button under the title: Jianshu's "<a href="/u/…">
 * 青禾</a><button>关注</button>", a blog host's "Ann Lee · Follow". The classes of such headers are
 * generated ("_1OhGeD") and the name is in no author markup, but the button says whose the post
 * is. A last way to the byline, after everything the page marks up.
 */
export function followedAuthor(heading: Element | undefined): string | undefined {
  if (!heading) return undefined;
  const doc = heading.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */, skipUnseen);
  walker.currentNode = heading;
  for (let node = walker.nextNode(), i = 0; node && i < REACH; node = walker.nextNode(), i++) {
    const el = node as Element;
    // Past the article's first paragraph, a Follow button is another writer's (a list to follow).
    if (el.tagName === 'P' && hasTextLongerThan(el, MAX_NAME)) return undefined;
    if (el.firstElementChild || !FOLLOW.test(normalizeSpace(el.textContent ?? ''))) continue;
    // The first Follow button after the title is the header's; the name is just before it.
    const name = nameBefore(el);
    return name && isName(name) ? name : undefined;
  }
  return undefined;
}

/** Elements looked at after the title: a header's, not a sidebar's "who to follow" list. */
const REACH = 40;
/** A Follow button's words: "关注", "+关注", "Follow", "+ Follow". */
const FOLLOW = /^\+?\s*(?:关注|follow)$/i;
/** Longer than this, the text before the button is more than a name. */
const MAX_NAME = 40;

/** Elements looked back over from the button for the name: a date, a place between them. */
const LOOK_BACK = 3;
/** An element that only separates a header's parts: "·", "|", "/", or nothing. */
const SEPARATOR = /^[·•|/｜・]?$/;

/**
 * The linked name set before the button (or before its wrapper, the button being all it holds):
 * the nearest of the few elements before it that is one link and nothing else, its words the
 * name ("<a href="/u/abc">青禾</a>"). A date or a place between them is passed over; words not a
 * link ("发布于北京") are no name.
 */
function nameBefore(button: Element): string | undefined {
  let at: Element = button;
  while (!at.previousElementSibling && at.parentElement && at.parentElement.childElementCount === 1)
    at = at.parentElement;
  let before = at.previousElementSibling;
  for (let i = 0; before && i < LOOK_BACK; before = before.previousElementSibling) {
    const text = normalizeSpace(before.textContent ?? '');
    // A separator ("·", "|") between the parts does not count as one.
    if (!SEPARATOR.test(text)) i++;
    const link = before.tagName === 'A' ? before : onlyLink(before);
    if (link && text && text.length <= MAX_NAME && normalizeSpace(link.textContent ?? '') === text) return text;
  }
  return undefined;
}

/** The one link an element holds, if it holds exactly one. */
function onlyLink(el: Element): Element | undefined {
  const links = el.getElementsByTagName('a');
  return links.length === 1 ? (links[0] ?? undefined) : undefined;
}
