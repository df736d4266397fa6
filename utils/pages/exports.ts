import { strToU8, type Zippable, zipSync } from 'fflate';
import { type BackupImage, buildBackup, toWebAnnotations } from '../backup';
import { exportAll } from '../db';
import { imagesOf } from '../db/images';
import type { ArticleRecord, ArticleSummary, HighlightRecord } from '../db/types';
import { articleToMarkdown, safeFileName } from '../markdown';
import { assetNames } from '../markdown/asset-names';
import { bytesToBase64 } from '../offline/base64';
import { getFolioService } from '../services/client';
import { loadPreferences } from '../settings/preferences-storage';
import { loadSiteRules } from '../settings/site-rules-storage';
import { loadMarkdownTemplate } from '../settings/template-storage';
import { downloadFile } from './download';
import { libraryDb } from './library-db';
import { markdownLabels, noteMarkdown } from './note-markdown';

/** One article's Markdown note, with its highlights in reading order (and its saved copy). */
export async function articleMarkdown(summary: ArticleSummary, includeArticle = false): Promise<string> {
  const service = getFolioService();
  const [article, highlights] = await Promise.all([
    service.getArticleById(summary.id),
    service.listArticleHighlights(summary.id),
  ]);
  if (!article) throw new Error('This article is no longer in the library.');
  return noteMarkdown(await loadMarkdownTemplate(), article, highlights, includeArticle, Date.now());
}

/**
 * Downloads one article's note as `<title>.md`, with the article's text or (includeArticle false)
 * only its highlights and notes; returns the file's name, for the page to say it was saved.
 */
export async function downloadArticleMarkdown(summary: ArticleSummary, includeArticle: boolean): Promise<string> {
  const name = safeFileName(summary.title);
  downloadFile(name, await articleMarkdown(summary, includeArticle), 'text/markdown;charset=utf-8');
  return name;
}

/** Every article in one Markdown file: each note without its frontmatter, one after another. */
export async function combinedMarkdown(): Promise<string> {
  const { articles, highlights } = await exportAll(libraryDb());
  const byArticle = groupByArticle(highlights);
  const now = Date.now();
  const labels = markdownLabels();
  const notes = articles.map((a) =>
    articleToMarkdown(a, byArticle.get(a.id) ?? [], { now, labels, sourceLine: true }).replace(
      /^---\n[\s\S]*?\n---\n+/,
      '',
    ),
  );
  return `${notes.join('\n---\n\n').trimEnd()}\n`;
}

function groupByArticle(highlights: HighlightRecord[]): Map<string, HighlightRecord[]> {
  const byArticle = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    const list = byArticle.get(h.articleId);
    if (list) list.push(h);
    else byArticle.set(h.articleId, [h]);
  }
  return byArticle;
}

/**
 * Every article as its own .md in one .zip (fflate), with its saved copy and, in `assets/`, the
 * pictures kept with it, linked relatively (Obsidian's layout for attachments). Built in slices
 * that yield to the page in between, reporting progress, so 10,000 highlights do not freeze the
 * library.
 */
export async function allMarkdownZip(onProgress: (done: number, total: number) => void): Promise<Uint8Array> {
  const db = libraryDb();
  const { articles, highlights } = await exportAll(db);
  const withImages = new Set((await db.images.toCollection().primaryKeys()).map(([articleId]) => articleId));
  const byArticle = groupByArticle(highlights);
  const used = new Set<string>();
  const files: Zippable = {};
  const now = Date.now();
  const template = await loadMarkdownTemplate();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as ArticleRecord;
    const fileName = safeFileName(article.title, used);
    const images = withImages.has(article.id) ? await imagesOf(db, article.id) : [];
    const assets = assetNames(fileName.replace(/\.md$/, ''), images);
    for (const image of images) {
      // Stored, not compressed again: pictures are compressed already.
      files[(assets.get(image.url) as { path: string }).path] = [
        new Uint8Array(await image.blob.arrayBuffer()),
        { level: 0 },
      ];
    }
    files[fileName] = strToU8(
      noteMarkdown(template, article, byArticle.get(article.id) ?? [], true, now, (src) => assets.get(src)?.link),
    );
    if (i % 200 === 199) {
      onProgress(i + 1, articles.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  onProgress(articles.length, articles.length);
  return zipSync(files, { level: 6 });
}

/** Everything, the saved articles' pictures included (base64), as one JSON backup. */
export async function backupJson(): Promise<string> {
  const db = libraryDb();
  const { articles, highlights } = await exportAll(db);
  const images: BackupImage[] = [];
  for (const image of await db.images.toArray()) {
    const data = bytesToBase64(new Uint8Array(await image.blob.arrayBuffer()));
    images.push({ articleId: image.articleId, url: image.url, type: image.type, data });
  }
  const [siteRules, preferences] = await Promise.all([loadSiteRules(), loadPreferences()]);
  return JSON.stringify(buildBackup(articles, highlights, { siteRules, images, preferences }));
}

export async function webAnnotationsJson(): Promise<string> {
  const { articles, highlights } = await exportAll(libraryDb());
  return JSON.stringify(toWebAnnotations(articles, highlights), null, 2);
}
