import type { Worker } from 'playwright-core';

/**
 * The id of the stored article with this title, read from the library's database in the
 * background (`globalThis.folio.db`); without a title, the first stored article's.
 */
export async function storedArticleId(serviceWorker: Worker, title?: string): Promise<string | undefined> {
  return (await serviceWorker.evaluate(async (wanted) => {
    const { db } = (
      globalThis as unknown as {
        folio: { db: { articles: { toArray(): Promise<{ id: string; title: string }[]> } } };
      }
    ).folio;
    const articles = await db.articles.toArray();
    return (wanted === undefined ? articles[0] : articles.find((a) => a.title === wanted))?.id;
  }, title)) as string | undefined;
}

/** What a test stores through the background's own service: an article and its highlights' quotes. */
export interface StoredArticle {
  url: string;
  title: string;
  content: string;
  lang?: string;
  siteName?: string;
  byline?: string;
  publishedTime?: string;
  highlights?: { exact: string; prefix: string; suffix: string; color: string; note?: string; tags?: string[] }[];
}

/**
 * Saves an article and its highlights as the reader would (the background's `folio.service`:
 * saveArticle, createHighlight), and answers the article's id.
 */
export async function storeArticle(serviceWorker: Worker, article: StoredArticle): Promise<string> {
  return (await serviceWorker.evaluate(async (a: StoredArticle) => {
    const { service } = (
      globalThis as unknown as {
        folio: {
          service: {
            saveArticle: (u: string, a: unknown) => Promise<{ id: string }>;
            createHighlight: (a: unknown, d: unknown) => Promise<unknown>;
          };
        };
      }
    ).folio;
    const saved = await service.saveArticle(a.url, {
      title: a.title,
      ...(a.siteName ? { siteName: a.siteName } : {}),
      ...(a.byline ? { byline: a.byline } : {}),
      ...(a.publishedTime ? { publishedTime: a.publishedTime } : {}),
      lang: a.lang ?? 'zh-CN',
      dir: 'ltr',
      excerpt: '',
      content: a.content,
      textContent: a.content.replace(/<[^>]*>/g, ''),
      outline: [],
      readingTimeMinutes: 1,
    });
    for (const h of a.highlights ?? []) {
      await service.createHighlight(
        { url: a.url, title: a.title },
        {
          target: { selector: [{ type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix }] },
          color: h.color,
          note: h.note ?? '',
          tags: h.tags ?? [],
        },
      );
    }
    return saved.id;
  }, article)) as string;
}
