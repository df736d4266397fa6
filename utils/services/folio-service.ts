import {
  type ArticleInput,
  type ArticleRecord,
  type ArticleSummary,
  countHighlightsForUrl,
  createHighlight,
  type DeletedArticle,
  deleteArticle,
  deleteHighlight,
  type FolioDb,
  getArticleById,
  type HighlightChanges,
  type HighlightDraft,
  type HighlightRecord,
  type LibraryFirstScreen,
  libraryFirstScreen,
  listHighlightsForUrl,
  listLibrary,
  listTags,
  renameTag,
  restoreArticle,
  restoreHighlight,
  saveArticleContent,
  setArticleTags,
  updateHighlight,
} from '../db';
import { articleInputOf } from '../db/article-input';
import { listHighlightsForArticle } from '../db/repository';
import type { Article } from '../extract/types';
import { isObsidianNewNoteUri } from '../markdown/obsidian-uri';

import { ALL_PAGES } from '../protocol/messages';
import type { BackupEntry } from '../sync/remote-store';
import type { SyncSettingsInput, SyncSettingsView } from '../sync/settings';
import type { SyncStatus, SyncTestResult } from '../sync/status';
import { fetchAndKeepImages, type ImageAccess, type KeepImagesOutcome, keepSentImages } from './keep-images';

/** An article the reader left half-read, as the popup offers it. */
export interface ArticleToContinue {
  id: string;
  title: string;
  url: string;
  /** It has a saved copy: it opens as the saved article page, else at its address. */
  offline: boolean;
}

/** How many of the most recently read pages "Continue reading" looks for in the library. */
const MAX_CONTINUE_CANDIDATES = 20;

/**
 * Everything Folio's pages may ask of the database. The background holds the one instance and
 * answers messages through `routeMessage`, which lets each caller reach only its allow-list
 * (service-methods.ts); so the database has one writer and one reader path. Every method is async
 * and takes and returns plain, JSON-safe data.
 */
export class FolioService {
  /**
   * @param onDataChanged told the URL whose highlights or article changed (ALL_PAGES when any may
   *   have), so the background can tell open readers and the library to load again.
   */
  constructor(
    private readonly db: FolioDb,
    private readonly onDataChanged: (url: string) => void = () => {},
    private readonly imageAccess: ImageAccess = { hasPermission: async () => false, fetcher: fetch },
    private readonly sync?: SyncControl,
    /** Opens an address in a new tab (the browser's `tabs.create`). */
    private readonly openTab?: (url: string) => Promise<unknown>,
  ) {}

  /**
   * Send to Obsidian from the reader in Firefox, whose frame has no tabs API: Obsidian's address
   * in a tab of its own (Firefox hands it to the app). Nothing but an `obsidian://new` address is
   * opened: no page can be opened through this.
   */
  async openObsidianAddress(uri: string): Promise<void> {
    const address = String(uri);
    if (!isObsidianNewNoteUri(address)) throw new Error('Only an obsidian://new address can be opened.');
    await this.openTab?.(address);
  }

  /** Sync's settings as the options page shows them: whether a password is saved, never which. */
  async getSyncSettings(): Promise<SyncSettingsView> {
    return this.syncControl().settingsView();
  }

  async saveSyncSettings(input: SyncSettingsInput): Promise<SyncSettingsView> {
    return this.syncControl().saveSettings(input && typeof input === 'object' ? input : {});
  }

  async testSyncConnection(input: SyncSettingsInput): ReturnType<SyncControl['testConnection']> {
    return this.syncControl().testConnection(input && typeof input === 'object' ? input : {});
  }

  async syncNow(): Promise<SyncStatus> {
    return this.syncControl().syncNow('user');
  }

  async getSyncStatus(): Promise<SyncStatus> {
    return this.syncControl().status();
  }

  async listServerBackups(): Promise<BackupEntry[]> {
    return this.syncControl().listBackups();
  }

  async readServerBackup(file: string): Promise<string> {
    return this.syncControl().readBackup(String(file));
  }

  private syncControl(): SyncControl {
    if (!this.sync) throw new Error('Sync is not available here.');
    return this.sync;
  }

  /** "Save article": the cleaned article (already sanitized by the extractor) and its metadata. */
  async saveArticle(url: string, article: Article): Promise<ArticleRecord> {
    return this.changed(
      await saveArticleContent(this.db, {
        ...articleInputOf(url, article),
        html: article.content,
        text: article.textContent,
      }),
    );
  }

  /** A saved article's pictures from its own site, fetched by the page's content script. */
  async keepPageImages(articleId: string, images: { url: string; base64: string }[]): Promise<KeepImagesOutcome> {
    return keepSentImages(this.db, String(articleId), Array.isArray(images) ? images : []);
  }

  /** A saved article's pictures from other sites the user has allowed, fetched here. */
  async keepOtherSitesImages(articleId: string, urls: string[]): Promise<KeepImagesOutcome> {
    return fetchAndKeepImages(this.db, this.imageAccess, String(articleId), Array.isArray(urls) ? urls : []);
  }

  /**
   * Where the reader frame cannot ask for a permission itself (Firefox gives a frame inside a web
   * page no permissions API), a Folio tab asks: allow-images.html for this article.
   */
  async openAllowImagesPage(articleId: string): Promise<void> {
    if (!(await this.db.articles.get(String(articleId)))) throw new Error('This article is not in the library.');
    await this.imageAccess.openAllowPage?.(String(articleId));
  }

  async getArticleById(id: string): Promise<ArticleRecord | null> {
    return (await getArticleById(this.db, id)) ?? null;
  }

  async listHighlights(url: string): Promise<HighlightRecord[]> {
    return listHighlightsForUrl(this.db, url);
  }

  async listArticleHighlights(articleId: string): Promise<HighlightRecord[]> {
    return listHighlightsForArticle(this.db, articleId);
  }

  /**
   * The first of these pages (normalized URLs, most recently read first) that is an article in the
   * library, for the popup's "Continue reading"; `offline` when it has a saved copy to open.
   */
  async articleToContinue(urls: string[]): Promise<ArticleToContinue | null> {
    for (const url of (Array.isArray(urls) ? urls : []).slice(0, MAX_CONTINUE_CANDIDATES)) {
      if (typeof url !== 'string') continue;
      const article = await this.db.articles.where('url').equals(url).first();
      if (article) return { id: article.id, title: article.title, url: article.url, offline: Boolean(article.savedAt) };
    }
    return null;
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
    if (record) this.onDataChanged(record.url);
    return record;
  }

  /**
   * Every article (without its saved copy) and every highlight, for the library's list. Backups
   * and exports read the database in the library page itself (utils/pages/library-db.ts): a
   * library can be larger than one message may be.
   */
  async listLibrary(): Promise<{ articles: ArticleSummary[]; highlights: HighlightRecord[] }> {
    return listLibrary(this.db);
  }

  /** The library's first screen (see libraryFirstScreen): painted before the whole list has come. */
  async libraryFirstScreen(limit: number): Promise<LibraryFirstScreen> {
    return libraryFirstScreen(this.db, Math.max(1, Math.min(200, Number(limit) || 50)));
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
    this.onDataChanged(ALL_PAGES);
  }

  async listTags(): Promise<string[]> {
    return listTags(this.db);
  }

  async renameTag(from: string, to: string): Promise<number> {
    const changed = await renameTag(this.db, from, to);
    this.onDataChanged(ALL_PAGES);
    return changed;
  }
}

/** What the service asks of sync (the background's SyncController). */
export interface SyncControl {
  settingsView(): Promise<SyncSettingsView>;
  saveSettings(input: SyncSettingsInput): Promise<SyncSettingsView>;
  testConnection(input: SyncSettingsInput): Promise<SyncTestResult>;
  syncNow(trigger: 'user'): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  listBackups(): Promise<BackupEntry[]>;
  readBackup(file: string): Promise<string>;
}
