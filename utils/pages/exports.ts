import { strToU8, zipSync } from 'fflate';
import { buildBackup, toWebAnnotations } from '../backup';
import { exportAll } from '../db/backup-import';
import type { ArticleRecord } from '../db/types';
import { articleToMarkdown, safeFileName } from '../markdown';
import { pageDb } from './page-db';

/** One article's Markdown note, with its highlights in reading order. */
export async function articleMarkdown(article: ArticleRecord, includeArticle = false): Promise<string> {
  const highlights = await pageDb().highlights.where('articleId').equals(article.id).toArray();
  return articleToMarkdown(article, highlights, { includeArticle, now: new Date().toISOString() });
}

/**
 * Every article as its own .md in one .zip (fflate). Built in slices that yield to the page in
 * between, reporting progress, so 10,000 highlights do not freeze the library.
 */
export async function allMarkdownZip(onProgress: (done: number, total: number) => void): Promise<Uint8Array> {
  const { articles, highlights } = await exportAll(pageDb());
  const byArticle = new Map<string, typeof highlights>();
  for (const h of highlights) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h]);
  const used = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  const now = new Date().toISOString();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as ArticleRecord;
    files[safeFileName(article.title, used)] = strToU8(
      articleToMarkdown(article, byArticle.get(article.id) ?? [], { now }),
    );
    if (i % 200 === 199) {
      onProgress(i + 1, articles.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  onProgress(articles.length, articles.length);
  return zipSync(files, { level: 6 });
}

export async function backupJson(): Promise<string> {
  const { articles, highlights } = await exportAll(pageDb());
  return JSON.stringify(buildBackup(articles, highlights));
}

export async function webAnnotationsJson(): Promise<string> {
  const { articles, highlights } = await exportAll(pageDb());
  return JSON.stringify(toWebAnnotations(articles, highlights), null, 2);
}
