import { browser } from 'wxt/browser';
import { anchor, buildTextIndex, describe } from '../../utils/anchor';
import type { HighlightColor } from '../../utils/db/types';
import {
  anonymousHighlightNames,
  type HighlightNames,
  highlightAt,
  highlightStyles,
  paintHighlights,
} from '../../utils/paint';
import { RUN_COMMAND, type RunCommandMessage } from '../../utils/protocol/messages';
import {
  HIGHLIGHTER_DONE_GLOBAL,
  HIGHLIGHTER_REQUEST_GLOBAL,
  LIVE_NAMES_GLOBAL,
  LIVE_PLACED_GLOBAL,
  LIVE_STYLES_GLOBAL,
} from '../../utils/protocol/test-hooks';
import { contentScriptService } from '../../utils/services/client';

/** What the background asks of the live page: show the saved highlights, or make one first. */
export interface HighlighterRequest {
  mode: 'show' | 'create';
  color?: HighlightColor;
}

export interface HighlighterResult {
  shown: number;
  notFound: number;
  /** Why a "create" made nothing (no selection, say). */
  problem?: 'empty' | 'outside';
}

/**
 * This page's highlight names, made once per page load and kept in the isolated world, so that
 * a second injection paints over the first. The page can list the registry: the names are random.
 */
function liveNames(): HighlightNames {
  const flags = globalThis as unknown as Record<string, HighlightNames | undefined>;
  flags[LIVE_NAMES_GLOBAL] ??= anonymousHighlightNames();
  return flags[LIVE_NAMES_GLOBAL];
}

/**
 * The ::highlight colours, given to the page as an adopted style sheet: no element is added.
 * A Firefox content script sees the page's document through a wrapper that cannot read
 * adoptedStyleSheets (ESR 140.12: "Accessing from Xray wrapper is not supported", and nothing was
 * painted); there the sheet is made and adopted in the page's own world (wrappedJSObject), where
 * the page can list it just as it can in Chrome. The page's own functions there (its
 * CSSStyleSheet, replaceSync, push) see only the sheet: the random names and the colours, which
 * the page could read from it anyway; a page that broke them only keeps its own highlights unpainted.
 */
function adoptStyles(doc: Document): void {
  const flags = globalThis as unknown as Record<string, boolean>;
  if (flags[LIVE_STYLES_GLOBAL]) return;
  const pageDoc = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
  const PageStyleSheet = (pageDoc.defaultView ?? window).CSSStyleSheet;
  const sheet = new PageStyleSheet();
  sheet.replaceSync(highlightStyles(liveNames()));
  pageDoc.adoptedStyleSheets.push(sheet);
  flags[LIVE_STYLES_GLOBAL] = true;
}

/**
 * Runs on the live page (injected on demand): anchors this page's highlights, made in the reader
 * or here, against the page's own text and paints them without touching its DOM. Leaves a
 * promise of the result on the content script's global for the background to collect.
 *
 * What is painted here is visible to the page (its scripts can read the highlight registry and so
 * the highlighted passages): the options page says so. Notes and tags never come here at all.
 */
export function runLiveHighlighter(): void {
  const global = globalThis as unknown as Record<string, unknown>;
  const request = (global[HIGHLIGHTER_REQUEST_GLOBAL] as HighlighterRequest | undefined) ?? { mode: 'show' };
  global[HIGHLIGHTER_DONE_GLOBAL] = highlight(request);
}

async function highlight(request: HighlighterRequest): Promise<HighlighterResult> {
  const service = contentScriptService;
  const root = document.body;
  if (request.mode === 'create') {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (!range?.toString().trim()) return { shown: 0, notFound: 0, problem: 'empty' };
    const selectors = describe(root, range);
    if (!selectors) return { shown: 0, notFound: 0, problem: 'outside' };
    await service.createHighlightHere(document.title, {
      target: { selector: selectors },
      color: request.color ?? 'yellow',
      note: '',
      tags: [],
    });
    selection?.removeAllRanges();
  }
  const records = await service.listHighlightsHere();
  const index = buildTextIndex(root);
  const items: { id: string; color: HighlightColor; range: Range }[] = [];
  let notFound = 0;
  for (const record of records) {
    const range = anchor(root, record.target.selector, index)?.toRange();
    if (range) items.push({ id: record.id, color: record.color, range });
    else notFound++;
  }
  adoptStyles(document);
  paintHighlights(window, items, liveNames());
  listenForClicks(items);
  return { shown: items.length, notFound };
}

const PLACED_KEY = LIVE_PLACED_GLOBAL;

/**
 * A click on a painted highlight opens it in the reader, where its note and tags are edited: the
 * live page has no element of Folio's to show them in. Plain clicks elsewhere, and clicks that
 * end a selection, are left to the page.
 */
function listenForClicks(items: { id: string; range: Range }[]): void {
  const global = globalThis as unknown as Record<string, unknown>;
  const first = global[PLACED_KEY] === undefined;
  global[PLACED_KEY] = items;
  if (!first) return;
  document.addEventListener('click', (event) => {
    // Only the user's own click: a page script's synthetic click must not open the reader.
    if (!event.isTrusted || !document.getSelection()?.isCollapsed) return;
    const hit = highlightAt(global[PLACED_KEY] as { id: string; range: Range }[], event.clientX, event.clientY);
    if (!hit) return;
    const message: RunCommandMessage = { type: RUN_COMMAND, command: 'toggle-reader', highlightId: hit.id };
    browser.runtime.sendMessage(message).catch(() => {});
  });
}
