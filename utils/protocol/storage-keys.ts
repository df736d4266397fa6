/**
 * The keys Folio keeps in `browser.storage`: every context that reads or writes one imports it
 * from here. (`local:` is WXT's prefix for storage.local; the key in the browser has no prefix.)
 */
export const READER_SETTINGS_KEY = 'local:readerSettings';
export const SITE_RULES_KEY = 'local:siteRules';
export const MARKDOWN_TEMPLATE_KEY = 'local:markdownTemplate';
export const READING_POSITIONS_KEY = 'local:readingPositions';
/** Origins where the reader opens by itself on every page load (the popup's toggle). */
export const ALWAYS_OPEN_SITES_KEY = 'local:alwaysOpenSites';
/** storage.session: the last problem of a tab, so that the popup can say it in words. */
export const LAST_PROBLEM_KEY = 'folio:lastProblem';
/** Sync's settings (with the server's password: storage.local only, never exported). */
export const SYNC_SETTINGS_KEY = 'local:syncSettings';
/** Sync's state for the options page and the popup. */
export const SYNC_STATUS_KEY = 'local:syncStatus';
/** This browser profile's device id, made once. */
export const SYNC_DEVICE_KEY = 'local:syncDevice';
/** The reader's first-open hint ("select text to highlight it") was used or dismissed. */
export const READER_HINT_DONE_KEY = 'local:readerHintDone';
/** Reading aloud: speed, and a voice for each language. */
export const LISTEN_SETTINGS_KEY = 'local:listenSettings';
/** "Send to Obsidian": the vault, the folder, and whether the note holds the article. */
export const OBSIDIAN_SETTINGS_KEY = 'local:obsidianSettings';
