import type { PageMetadata } from './metadata';
import { parseMetaLine } from './metadata';
import { BOILERPLATE_TOKEN, META_LINE, PROMPT_LINE, RELATED_HEADING } from './patterns';
import type { RemovalReport } from './report';
import { linkDensity, normalizeSpace, weightedLength } from './text';

const STEP = 'pre-clean';

/**
 * Removes, from the working copy, what is never the article, before Readability scores it:
 * non-content elements, blocks whose class or id names clutter (in English or pinyin), the
 * breadcrumb and the 时间/来源 line (after reading them into `meta`), prompts, and headed blocks
 * of related links. Guards keep any block that holds most of the page's text.
 */
export function preClean(doc: Document, meta: PageMetadata, report: RemovalReport): void {
  const body = doc.body;
  if (!body) return;
  for (const el of body.querySelectorAll(
    'script, style, noscript, template, iframe, form, select, button, input, textarea',
  )) {
    report.remove(STEP, 'non-content element', el);
  }
  const bodyLength = weightedLength(body.textContent ?? '');
  // Breadcrumb and meta line first: they are read into `meta` before their blocks can go.
  removeBreadcrumbAndMetaLines(body, meta, report);
  removeBoilerplateBlocks(body, bodyLength, report);
  removeRelatedBlocks(body, report);
  removePromptLines(body, report);
}

function classTokens(el: Element): string[] {
  const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return value
    .split(/[\s_-]+|(?=[A-Z])/)
    .filter(Boolean)
    .concat(value.split(/\s+/).filter(Boolean));
}

function removeBoilerplateBlocks(body: HTMLElement, bodyLength: number, report: RemovalReport): void {
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE') continue;
    const token = classTokens(el).find((t) => BOILERPLATE_TOKEN.test(t));
    if (!token) continue;
    // A wrapper named like clutter that holds most of the text is the page, not clutter.
    if (weightedLength(el.textContent ?? '') > 0.35 * bodyLength || el.querySelector('h1, article')) continue;
    report.remove(STEP, `class/id "${token}"`, el);
  }
  for (const el of [...body.querySelectorAll('[hidden], [aria-hidden="true"]')]) {
    if (el.isConnected) report.remove(STEP, 'hidden', el);
  }
}

/** Short block elements: the candidates for breadcrumb, meta line and prompt. */
function shortBlocks(body: HTMLElement, maxLength: number): Element[] {
  return [...body.querySelectorAll('p, div, span, li, dd, dt, td, h2, h3, h4, h5, h6, section')].filter((el) => {
    const text = normalizeSpace(el.textContent ?? '');
    return text.length > 0 && text.length <= maxLength && !el.querySelector('p, div, li, section, table, img');
  });
}

const BREADCRUMB_SEPARATOR = /\s*(?:>|›|»|＞|→|\/)\s*/;

function removeBreadcrumbAndMetaLines(body: HTMLElement, meta: PageMetadata, report: RemovalReport): void {
  for (const el of shortBlocks(body, 160)) {
    if (!el.isConnected) continue;
    const text = normalizeSpace(el.textContent ?? '');
    const parts = text.split(BREADCRUMB_SEPARATOR).filter(Boolean);
    const isBreadcrumb =
      parts.length >= 2 &&
      parts.length <= 8 &&
      parts.every((p) => p.length <= 30) &&
      (/(?:^|\s)(?:正文|内容|首页|当前位置)/.test(text) ||
        (el.querySelectorAll('a').length >= parts.length - 1 && linkDensity(el) > 0.5)) &&
      /[>›»＞→]/.test(text);
    if (isBreadcrumb) {
      if (meta.breadcrumb.length === 0) {
        meta.breadcrumb = parts
          .map((p) => p.replace(/^(?:当前位置|您的位置|位置)\s*[:：]\s*/, ''))
          .filter((p) => !/^(?:正文|首页|内容)$/.test(p));
      }
      report.remove(STEP, 'breadcrumb', el);
      continue;
    }
    if (META_LINE.test(text)) {
      const fields = parseMetaLine(text);
      meta.publishedTime ??= fields.publishedTime;
      meta.byline ??= fields.byline;
      if (fields.source) meta.siteName ??= fields.source;
      report.remove(STEP, 'meta line (时间/来源/作者)', el);
    }
  }
}

function removeRelatedBlocks(body: HTMLElement, report: RemovalReport): void {
  for (const heading of shortBlocks(body, 30)) {
    if (!heading.isConnected || !RELATED_HEADING.test(normalizeSpace(heading.textContent ?? ''))) continue;
    // The links follow the heading as its next siblings, or the heading's parent holds both.
    const parent = heading.parentElement;
    if (
      parent &&
      parent !== heading.ownerDocument.body &&
      linkDensity(parent) > 0.5 &&
      weightedLength(parent.textContent ?? '') < 3000
    ) {
      report.remove(STEP, 'related-links block', parent);
      continue;
    }
    let next = heading.nextElementSibling;
    while (next && (linkDensity(next) > 0.6 || /^(UL|OL)$/.test(next.tagName))) {
      const after = next.nextElementSibling;
      report.remove(STEP, 'related link after heading', next);
      next = after;
    }
    report.remove(STEP, 'related-links heading', heading);
  }
}

function removePromptLines(body: HTMLElement, report: RemovalReport): void {
  for (const el of shortBlocks(body, 60)) {
    if (el.isConnected && PROMPT_LINE.test(normalizeSpace(el.textContent ?? ''))) report.remove(STEP, 'prompt', el);
  }
  for (const a of [...body.querySelectorAll('a')]) {
    if (a.isConnected && PROMPT_LINE.test(normalizeSpace(a.textContent ?? ''))) report.remove(STEP, 'prompt link', a);
  }
}
