import { descendantsWithTag } from './dom';
import { buildOutline } from './outline';
import { toPlainText } from './plain-text';
import { readingTimeMinutes } from './reading-time';
import { normalizeSpace } from './text';
import type { Article } from './types';

/** The most pages one essay is read to, and the most bytes fetched for it. */
export const PAGE_LIMITS = { pages: 20, bytes: 10 * 1024 * 1024 };

/** How the reading of an essay's pages went: what the reader says at the article's end. */
export interface PagesStatus {
  /** Pages read and merged, the first included. */
  loaded: number;
  /** More pages are being fetched. */
  loading?: boolean;
  /** The page that could not be read; the pages before it are shown. */
  failed?: { page: number; url: string; reason: string };
  /** Reading stopped at a cap (see PAGE_LIMITS); the essay goes on. */
  limit?: 'pages' | 'bytes';
}

/** How many leading blocks of a later page are compared with the first page's (a repeated header). */
const REPEAT_WINDOW = 4;

/**
 * One article from an essay's pages, in order: the first page's metadata, every page's content
 * one after another with a quiet marker between pages (an `<hr>` labelled "Page 2": no text of
 * its own, so highlights, the saved copy and the Markdown hold only the essay's words). A later
 * page's leading blocks that repeat the first page's (its title, header lines) are dropped. The
 * outline and the text are made again over the whole.
 */
export function mergePages(pages: Article[], doc: Document, pageLabel: (n: number) => string): Article {
  const [first, ...rest] = pages;
  if (!first || rest.length === 0) return first as Article;
  const container = doc.createElement('div');
  const template = doc.createElement('template');
  const firstBlocks = new Set<string>();
  pages.forEach((page, i) => {
    template.innerHTML = page.content;
    const body = template.content;
    if (i === 0) {
      for (const el of [...body.querySelectorAll('h1, h2, h3, p, div')].slice(0, REPEAT_WINDOW)) {
        const text = normalizeSpace(el.textContent ?? '');
        if (text) firstBlocks.add(text);
      }
    } else {
      for (const el of [...body.querySelectorAll('h1, h2, h3, p')].slice(0, REPEAT_WINDOW)) {
        if (firstBlocks.has(normalizeSpace(el.textContent ?? ''))) el.remove();
      }
      const marker = doc.createElement('hr');
      marker.setAttribute('role', 'separator');
      marker.setAttribute('aria-label', pageLabel(i + 1));
      container.append(marker);
    }
    container.append(body);
  });
  // Each page numbered its sections from 1: the ids are made again for the whole.
  for (const el of descendantsWithTag(container, 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P')) {
    if (el.id.startsWith('folio-section-')) el.removeAttribute('id');
  }
  const outline = buildOutline(container, first.title);
  const textContent = toPlainText(container);
  return {
    ...first,
    content: container.innerHTML,
    textContent,
    outline,
    readingTimeMinutes: readingTimeMinutes(textContent),
  };
}
