import type { RemovalReport } from './report';
import type { SiteRule } from './types';

/** `*` matches any run of characters; everything else is literal. */
export function urlMatches(pattern: string, url: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i').test(url);
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
 */
export function applySiteRule(doc: Document, rule: SiteRule, report: RemovalReport): void {
  for (const selector of rule.remove ?? []) {
    for (const el of safeQueryAll(doc, selector)) report.remove('site-rules', `${rule.name}: ${selector}`, el);
  }
  if (rule.content) {
    const content = safeQueryAll(doc, rule.content)[0];
    if (content && doc.body) {
      const h1 = doc.querySelector('h1');
      doc.body.replaceChildren(...(h1 && !content.contains(h1) ? [h1] : []), content);
    }
  }
}
