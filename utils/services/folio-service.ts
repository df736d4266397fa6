import { type Backup, buildBackup, validateBackup } from '../backup';
import {
  type ArticleInput,
  type ArticleRecord,
  countHighlightsForUrl,
  createHighlight,
  type DeletedArticle,
  deleteArticle,
  deleteHighlight,
  exportAll,
  type FolioDb,
  getArticleById,
  type HighlightChanges,
  type HighlightDraft,
  type HighlightRecord,
  type ImportSummary,
  importBackup,
  listHighlightsForUrl,
  listTags,
  renameTag,
  restoreArticle,
  restoreHighlight,
  saveArticleContent,
  setArticleTags,
  updateHighlight,
} from '../db';
import { articleInputOf } from '../db/article-input';
import type { Article } from '../extract/types';

/** Passed to onHighlightsChanged when a change may touch any page (a restore, a tag rename). */
export const ALL_PAGES = '*';

/**
 * What content scripts and extension pages may ask of the database. The background registers one
 * instance; everyone else holds a proxy (`getFolioService()`), so the database has one writer.
 * Every method is async and takes and returns plain, structured-cloneable data.
 */
export class FolioService {
  /**
   * @param onHighlightsChanged told the URL whose highlights changed, so the background can tell
   *   open readers (content scripts, which liveQuery does not reach) to refresh.
   */
  constructor(
    private readonly db: FolioDb,
    private readonly onHighlightsChanged: (url: string) => void = () => {},
  ) {}

  /** "Save article": the cleaned article (already sanitized by the extractor) and its metadata. */
  async saveArticle(url: string, article: Article): Promise<ArticleRecord> {
    return saveArticleContent(this.db, {
      ...articleInputOf(url, article),
      html: article.content,
      text: article.textContent,
    });
  }

  async getArticleById(id: string): Promise<ArticleRecord | null> {
    return (await getArticleById(this.db, id)) ?? null;
  }

  async listHighlights(url: string): Promise<HighlightRecord[]> {
    return listHighlightsForUrl(this.db, url);
  }

  async countHighlights(url: string): Promise<number> {
    return countHighlightsForUrl(this.db, url);
  }

  async createHighlight(article: ArticleInput, draft: HighlightDraft): Promise<HighlightRecord> {
    return this.changed(await createHighlight(this.db, article, draft));
  }

  async updateHighlight(id: string, changes: HighlightChanges): Promise<HighlightRecord | null> {
    return this.changed(await updateHighlight(this.db, id, changes)) ?? null;
  }

  async deleteHighlight(id: string): Promise<HighlightRecord | null> {
    return this.changed(await deleteHighlight(this.db, id)) ?? null;
  }

  async restoreHighlight(record: HighlightRecord): Promise<void> {
    await restoreHighlight(this.db, record);
    this.changed(record);
  }

  private changed<T extends { url: string } | undefined>(record: T): T {
    if (record) this.onHighlightsChanged(record.url);
    return record;
  }

  /** Checks the whole file first; writes nothing unless all of it is valid. */
  async importBackup(text: string): Promise<{ ok: true; summary: ImportSummary } | { ok: false; errors: string[] }> {
    const check = validateBackup(text);
    if (!check.ok) return check;
    const summary = await importBackup(this.db, check.backup);
    this.onHighlightsChanged(ALL_PAGES);
    return { ok: true, summary };
  }

  async exportBackup(): Promise<Backup> {
    const { articles, highlights } = await exportAll(this.db);
    return buildBackup(articles, highlights);
  }

  async deleteArticle(id: string): Promise<DeletedArticle | null> {
    const deleted = await deleteArticle(this.db, id);
    this.changed(deleted?.article);
    return deleted ?? null;
  }

  async restoreArticle(deleted: DeletedArticle): Promise<void> {
    await restoreArticle(this.db, deleted);
    this.changed(deleted.article);
  }

  async setArticleTags(id: string, tags: string[]): Promise<void> {
    await setArticleTags(this.db, id, tags);
  }

  async listTags(): Promise<string[]> {
    return listTags(this.db);
  }

  async renameTag(from: string, to: string): Promise<number> {
    const changed = await renameTag(this.db, from, to);
    this.onHighlightsChanged(ALL_PAGES);
    return changed;
  }
}
