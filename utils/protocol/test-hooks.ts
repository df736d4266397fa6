/**
 * The globals that tests and scripts reach from outside (docs/testing.md). They live in Folio's
 * own contexts only (the background, the extension's isolated world), never in a page's world.
 */

import { browser } from 'wxt/browser';

/** On the background's global: `{ runCommand(command, tab), db, service }`. */
export const BACKGROUND_HOOK = 'folio';

/**
 * The e2e build only, in Firefox: WebDriver may not navigate to extension pages, so the extension
 * opens one itself (`?driver`), from which the test driver reaches the background with
 * `runtime.getBackgroundPage()`. Chromium's driver reaches the service worker directly.
 */
export const TEST_DRIVER_PAGE = '/popup.html?driver';

export function openTestDriverTab(): void {
  if (import.meta.env.BROWSER !== 'firefox') return;
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL(TEST_DRIVER_PAGE), active: false });
  });
}

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
/** In the extension's isolated world: this page's random highlight names, colour → name. */
export const LIVE_NAMES_GLOBAL = '__folioHighlightNames';

/**
 * A performance mark, in the e2e build only (which `bench:reader` measures): the extension users
 * install leaves no mark in any timeline.
 */
export function markForTests(name: string, detail?: Record<string, unknown>): void {
  if (import.meta.env.FOLIO_E2E) performance.mark(name, detail ? { detail } : undefined);
}

/** Performance marks in the reader frame's timeline, read by `bench:reader`. */
export const MARK = {
  frameStart: 'folio:frame-start',
  articleReceived: 'folio:article-received',
  parsed: 'folio:parsed',
  rendered: 'folio:rendered',
  painted: 'folio:painted',
  /** A hidden reader shown again, and the next frame painted after it. */
  shown: 'folio:shown',
  shownPainted: 'folio:shown-painted',
  /** An essay's following pages merged in, and painted. */
  pagesPainted: 'folio:pages-painted',
} as const;

/** popup.html?tab=<id>: the popup acts on that tab (tests open the popup as a page of its own). */
export const POPUP_TAB_PARAM = 'tab';

/**
 * reader-frame.html?floor: the reader benchmark's floor, the least any reader in a frame costs.
 * The frame paints one line and marks `painted`, without asking for an article.
 */
export const FRAME_FLOOR_PARAM = 'floor';
