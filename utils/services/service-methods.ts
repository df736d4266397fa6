import type { FolioService } from './folio-service';

/**
 * The allow-lists: which of the background's service methods each kind of caller may call.
 * Anything not named here is refused, whatever path or name a message gives.
 */

/** Folio's own pages (popup, options, library, saved article, the reader frame). */
export const EXTENSION_PAGE_METHODS = [
  'saveArticle',
  'keepPageImages',
  'keepOtherSitesImages',
  'openAllowImagesPage',
  'getArticleById',
  'listHighlights',
  'listArticleHighlights',
  'countHighlights',
  'articleToContinue',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'listLibrary',
  'libraryFirstScreen',
  'deleteArticle',
  'restoreArticle',
  'setArticleTags',
  'listTags',
  'renameTag',
  'getSyncSettings',
  'saveSyncSettings',
  'testSyncConnection',
  'syncNow',
  'getSyncStatus',
  'listServerBackups',
  'readServerBackup',
  'openObsidianAddress',
] as const satisfies readonly (keyof FolioService)[];

export type ExtensionPageMethod = (typeof EXTENSION_PAGE_METHODS)[number];
export type ExtensionPageService = Pick<FolioService, ExtensionPageMethod>;

/**
 * Content scripts run inside a page that may be hostile, so they get only what the live-page
 * highlighter needs on its own tab. The page's URL always comes from the browser's sender, never
 * from the message.
 */
export const CONTENT_SCRIPT_METHODS = ['listHighlightsHere', 'createHighlightHere'] as const;

export type ContentScriptMethod = (typeof CONTENT_SCRIPT_METHODS)[number];

export interface ContentScriptService {
  /** The highlights of the page the caller runs on. */
  listHighlightsHere(): ReturnType<FolioService['listHighlights']>;
  /** A highlight made on the page the caller runs on; `title` is the page's title. */
  createHighlightHere(
    title: string,
    draft: Parameters<FolioService['createHighlight']>[1],
  ): ReturnType<FolioService['createHighlight']>;
}
