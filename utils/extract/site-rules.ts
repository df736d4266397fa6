import type { RemovalReport } from './report';
import type { SiteRule } from './types';

/**
 * `*` matches any run of characters; everything else is literal, case-insensitive. Matched by
 * hand, not as a RegExp: `a*b*c*…` would backtrack polynomially in the URL's length, and the
 * patterns are the user's. Each literal piece is taken at its first place after the last, which
 * is all a glob needs (greedy would not find more), so the work is linear in the URL.
 */
export function urlMatches(pattern: string, url: string): boolean {
  const pieces = pattern.toLowerCase().split('*');
  const text = url.toLowerCase();
  const first = pieces[0] as string;
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1] as string;
  if (!text.startsWith(first) || text.length < first.length + last.length) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return text.length - last.length >= at && text.endsWith(last);
}

export function findSiteRule(rules: SiteRule[] | undefined, url: string | undefined): SiteRule | undefined {
  if (!rules || !url) return undefined;
  return rules.find((rule) => rule.match.some((pattern) => urlMatches(pattern, url)));
}

/** A selector from a user's rule may be invalid: treat it as matching nothing, never throw. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/**
 * Applies a site rule to the working copy: removes its `remove` selectors, then, when it names a
 * content element, replaces the body with that element alone so that Readability starts there.
 * Answers that element, when the rule named one the page has.
 */
export function applySiteRule(doc: Document, rule: SiteRule, report: RemovalReport): Element | undefined {
  for (const selector of rule.remove ?? []) {
    for (const el of safeQueryAll(doc, selector)) report.remove('site-rules', `${rule.name}: ${selector}`, el);
  }
  if (!rule.content) return undefined;
  const content = safeQueryAll(doc, rule.content)[0];
  if (!content || !doc.body) return undefined;
  const h1 = doc.querySelector('h1');
  doc.body.replaceChildren(...(h1 && !content.contains(h1) ? [h1] : []), content);
  return content;
}

/** What `parseSiteRules` answers: the rules, or a message that says what is wrong and where. */
export type SiteRulesParse = { ok: true; rules: SiteRule[] } | { ok: false; error: string };

const RULE_FIELDS = ['name', 'match', 'content', 'remove', 'title', 'byline', 'date'];

/**
 * Validates site rules written by a user (JSON: an array of rules). Every problem is reported with
 * the rule's position; nothing partial is accepted.
 */
export function parseSiteRules(json: string, isValidSelector: (selector: string) => boolean): SiteRulesParse {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'Site rules must be a JSON array of rules: [ { … }, … ].' };
  const rules: SiteRule[] = [];
  for (const [i, raw] of data.entries()) {
    const where = `Rule ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return { ok: false, error: `${where} is not an object.` };
    const rule = raw as Record<string, unknown>;
    const unknown = Object.keys(rule).filter((k) => !RULE_FIELDS.includes(k));
    if (unknown.length) return { ok: false, error: `${where} has unknown fields: ${unknown.join(', ')}.` };
    if (typeof rule.name !== 'string' || !rule.name.trim()) return { ok: false, error: `${where} needs a "name".` };
    if (!Array.isArray(rule.match) || rule.match.length === 0 || !rule.match.every((m) => typeof m === 'string' && m)) {
      return { ok: false, error: `${where} ("${rule.name}") needs "match": a list of URL patterns.` };
    }
    const selectors = [
      rule.content,
      rule.title,
      rule.byline,
      rule.date,
      ...(Array.isArray(rule.remove) ? rule.remove : []),
    ];
    if (rule.remove !== undefined && !Array.isArray(rule.remove)) {
      return { ok: false, error: `${where} ("${rule.name}"): "remove" must be a list of selectors.` };
    }
    for (const selector of selectors) {
      if (selector === undefined) continue;
      if (typeof selector !== 'string' || !isValidSelector(selector)) {
        return { ok: false, error: `${where} ("${rule.name}"): "${String(selector)}" is not a valid CSS selector.` };
      }
    }
    rules.push(rule as unknown as SiteRule);
  }
  return { ok: true, rules };
}
