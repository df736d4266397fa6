import type { WindowLike } from 'dompurify';
import type { ArticleRecord } from '../db';
import type { Article } from '../extract';
import { buildOutline } from '../extract/outline';
import { readingTimeMinutes } from '../extract/reading-time';
import { sanitizeElement } from '../extract/sanitize';
import { showOnlyKeptImages } from '../offline/offline-html';

/**
 * A saved article as the reader shows it. The stored HTML was sanitized when it was saved, and is
 * sanitized again here: a restored backup may have been edited by hand. The outline is found
 * again from the headings and numbered sections. With `offline`, its pictures are the kept
 * copies and nothing else (see offline/offline-html.ts).
 */
export function articleFromRecord(
  record: ArticleRecord,
  doc: Document,
  offline?: { keptUrl: (url: string) => string | undefined; notKeptText: (description: string) => string },
): Article | undefined {
  if (!record.savedContent) return undefined;
  // Parsed in a document of its own, without a browsing context: nothing in it runs or loads
  // before the sanitizer has seen it (a detached element of `doc` would fetch its images).
  const container = doc.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = record.savedContent.html;
  sanitizeElement(container, doc.defaultView as unknown as WindowLike);
  if (offline) showOnlyKeptImages(container, offline.keptUrl, offline.notKeptText);
  const outline = buildOutline(container, record.title);
  return {
    title: record.title,
    ...(record.byline ? { byline: record.byline } : {}),
    ...(record.siteName ? { siteName: record.siteName } : {}),
    ...(record.publishedTime ? { publishedTime: record.publishedTime } : {}),
    ...(record.lang ? { lang: record.lang } : {}),
    dir: 'ltr',
    excerpt: record.excerpt ?? '',
    ...(record.standfirst ? { standfirst: record.standfirst } : {}),
    content: container.innerHTML,
    textContent: record.savedContent.text,
    outline,
    readingTimeMinutes: readingTimeMinutes(record.savedContent.text),
  };
}
