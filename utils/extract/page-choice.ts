import { safeQueryAll } from './site-rules';
import { normalizeSpace } from './text';
import type { SiteRule } from './types';

/**
 * "Fix this page": the user's choices (this block is not part of the article; this element is the
 * article) become a site rule in the format the options page already edits, for the whole site.
 * Pure DOM and data: the content script finds the element and stores the rule.
 */

/** Classes that say how an element looks or where it sits, not what it is: no use in a rule. */
const STATE_CLASS =
  /^(?:active|current|on|hover|show|hidden|clearfix|fl|fr|left|right|center|row|col(?:-.*)?|w\d+|mt\d+|mb\d+)$/i;
/** Ids and classes made by a build or a counter (a1b2c3, post-12345): they change page to page. */
const GENERATED_NAME = /\d{3,}|[a-f0-9]{6,}/i;

/**
 * A CSS selector for `el` that finds it again on this page and, where the site is consistent,
 * on its other pages: its id, else its tag and a class few elements share, else a path of
 * :nth-of-type steps from the nearest element that has one of those.
 */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  for (let current: Element | null = el; current && current !== doc.documentElement; current = current.parentElement) {
    const own = nameOf(current);
    if (own) {
      steps.unshift(own);
      const selector = steps.join(' > ');
      if (safeQueryAll(doc, selector)[0] === el) return selector;
    } else steps.unshift(positionOf(current));
    if (current === doc.body) break;
  }
  return steps.join(' > ');
}

/** `#id` or `tag.class` when it is stable and picks few elements; undefined otherwise. */
function nameOf(el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  if (el.id && !GENERATED_NAME.test(el.id) && /^[A-Za-z][\w-]*$/.test(el.id)) return `#${el.id}`;
  const doc = el.ownerDocument;
  const classes = [...el.classList].filter(
    (c) => /^[A-Za-z_][\w-]*$/.test(c) && !STATE_CLASS.test(c) && !GENERATED_NAME.test(c),
  );
  const best = classes
    .map((c) => ({ selector: `${tag}.${c}`, count: safeQueryAll(doc, `${tag}.${c}`).length }))
    .sort((a, b) => a.count - b.count)[0];
  return best && best.count <= 3 ? best.selector : undefined;
}

function positionOf(el: Element): string {
  const tag = el.tagName.toLowerCase();
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) n++;
  return tag === 'body' ? 'body' : `${tag}:nth-of-type(${n})`;
}

/**
 * The element of the page that a block of the reader came from: the smallest element whose text
 * is the block's text (a block the extractor changed may not be found: then undefined).
 */
export function findBlockOnPage(body: Element, text: string, tagName?: string): Element | undefined {
  const wanted = normalizeSpace(text);
  if (!wanted) return undefined;
  let found: Element | undefined;
  const walk = (el: Element) => {
    const own = normalizeSpace(el.textContent ?? '');
    if (!own.includes(wanted)) return;
    if (own === wanted && (!found || (tagName && el.tagName === tagName) || found.contains(el))) found = el;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  walk(body);
  return found;
}

/** The site's own rule (made by these choices), named after its host, matching all its pages. */
export function ruleForSite(rules: SiteRule[], origin: string): SiteRule {
  const name = new URL(origin).host;
  return rules.find((r) => r.name === name) ?? { name, match: [`${origin}/*`] };
}

/** The rules with `selector` added to (or taken from, for Undo) the site's `remove` list. */
export function withRemoval(rules: SiteRule[], origin: string, selector: string, add: boolean): SiteRule[] {
  const rule = ruleForSite(rules, origin);
  const remove = add
    ? [...new Set([...(rule.remove ?? []), selector])]
    : (rule.remove ?? []).filter((s) => s !== selector);
  return replaceRule(rules, { ...rule, remove });
}

/** The rules with the site's article element set (or cleared, for Undo). */
export function withContent(rules: SiteRule[], origin: string, selector: string | undefined): SiteRule[] {
  const { content: _old, ...rule } = ruleForSite(rules, origin);
  return replaceRule(rules, selector ? { ...rule, content: selector } : rule);
}

function replaceRule(rules: SiteRule[], rule: SiteRule): SiteRule[] {
  const others = rules.filter((r) => r.name !== rule.name);
  const empty = !rule.content && !rule.remove?.length && !rule.title && !rule.byline && !rule.date;
  return empty ? others : [...others, rule];
}
