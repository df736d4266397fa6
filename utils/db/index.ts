/**
 * Folio's database: the Dexie schema and the repository functions the background services call.
 * Depends on Dexie only (IndexedDB is whatever the Dexie options give: the browser's, or
 * fake-indexeddb in unit tests).
 */

export {
  createHighlight,
  type DeletedArticle,
  deleteArticle,
  deleteHighlight,
  type HighlightChanges,
  type HighlightDraft,
  listTags,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_LENGTH,
  renameTag,
  restoreArticle,
  restoreHighlight,
  setArticleTags,
  updateHighlight,
} from './highlights';
export { exportAll, type LibraryFirstScreen, libraryFirstScreen, listLibrary } from './library-export';
export { normalizeUrl } from './normalize-url';
export {
  type Clock,
  countHighlightsForUrl,
  getArticleById,
  getArticleByUrl,
  listHighlightsForUrl,
  saveArticleContent,
  systemClock,
  upsertArticle,
} from './repository';
export { applyRestore, planRestore, type RecordCounts, type RestoreSummary } from './restore';
export { createFolioDb, DATABASE_NAME, type FolioDb } from './schema';
export { MAX_TAG_LENGTH, MAX_TAGS, normalizeTag, parseTagList, type TagCheck } from './tags';
export * from './types';
