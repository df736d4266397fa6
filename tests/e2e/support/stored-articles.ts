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
