/**
 * The globals that tests and scripts reach from outside (docs/testing.md). They live in Folio's
 * own contexts only (the background, the extension's isolated world), never in a page's world.
 */

/** On the background's global: `{ runCommand(command, tab), db, service }`. */
export const BACKGROUND_HOOK = 'folio';

/** In the extension's isolated world of a tab: the reader content script's state. */
export const READER_STATE_GLOBAL = '__folioReaderState';
/** In the extension's isolated world: what the background asked of the next reader injection. */
export const READER_REQUEST_GLOBAL = '__folioReaderRequest';
/** In the extension's isolated world: the live highlighter's request and its result. */
export const HIGHLIGHTER_REQUEST_GLOBAL = '__folioHighlighterRequest';
export const HIGHLIGHTER_DONE_GLOBAL = '__folioHighlighterDone';
/** In the extension's isolated world: the live highlighter's painted ranges and state. */
export const LIVE_PLACED_GLOBAL = '__folioLivePlaced';
export const LIVE_STYLES_GLOBAL = '__folioStylesAdopted';

/** Performance marks in the reader frame's timeline, read by `bench:reader`. */
export const MARK = {
  frameStart: 'folio:frame-start',
  articleReceived: 'folio:article-received',
  rendered: 'folio:rendered',
  painted: 'folio:painted',
} as const;

/** popup.html?tab=<id>: the popup acts on that tab (tests open the popup as a page of its own). */
export const POPUP_TAB_PARAM = 'tab';
