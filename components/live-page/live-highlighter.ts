import { browser } from 'wxt/browser';
import { anchor, buildTextIndex, describe } from '../../utils/anchor';
import type { HighlightColor } from '../../utils/db/types';
import { highlightAt, paintHighlights } from '../../utils/paint';
import { getFolioService } from '../../utils/services/client';

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

const REQUEST_KEY = '__folioHighlighterRequest';
const DONE_KEY = '__folioHighlighterDone';

/** The ::highlight colours, given to the page as an adopted style sheet: no element is added. */
const PAGE_STYLES = `
::highlight(folio-yellow) { background-color: rgba(255, 212, 59, 0.5); }
::highlight(folio-green) { background-color: rgba(140, 233, 154, 0.5); }
::highlight(folio-blue) { background-color: rgba(116, 192, 252, 0.45); }
::highlight(folio-pink) { background-color: rgba(250, 162, 193, 0.5); }
::highlight(folio-purple) { background-color: rgba(177, 151, 252, 0.45); }`;

function adoptStyles(doc: Document): void {
  const marker = '__folioStylesAdopted';
  const flags = globalThis as unknown as Record<string, boolean>;
  if (flags[marker]) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  flags[marker] = true;
}

/**
 * Runs on the live page (injected on demand): anchors this page's highlights, made in the reader
 * or here, against the page's own text and paints them without touching its DOM. Leaves a
 * promise of the result on the content script's global for the background to collect.
 */
export function runLiveHighlighter(): void {
  const global = globalThis as unknown as Record<string, unknown>;
  const request = (global[REQUEST_KEY] as HighlighterRequest | undefined) ?? { mode: 'show' };
  global[DONE_KEY] = highlight(request);
}

async function highlight(request: HighlighterRequest): Promise<HighlighterResult> {
  const service = getFolioService();
  const root = document.body;
  if (request.mode === 'create') {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (!range?.toString().trim()) return { shown: 0, notFound: 0, problem: 'empty' };
    const selectors = describe(root, range);
    if (!selectors) return { shown: 0, notFound: 0, problem: 'outside' };
    await service.createHighlight(
      { url: location.href, title: document.title || location.href },
      { target: { selector: selectors }, color: request.color ?? 'yellow', note: '', tags: [] },
    );
    selection?.removeAllRanges();
  }
  const records = await service.listHighlights(location.href);
  const index = buildTextIndex(root);
  const items: { id: string; color: HighlightColor; range: Range }[] = [];
  let notFound = 0;
  for (const record of records) {
    const range = anchor(root, record.target.selector, index)?.toRange();
    if (range) items.push({ id: record.id, color: record.color, range });
    else notFound++;
  }
  adoptStyles(document);
  paintHighlights(window, items);
  listenForClicks(items);
  return { shown: items.length, notFound };
}

const PLACED_KEY = '__folioLivePlaced';
/** Read by the reader when it opens: the highlight to open in its editor (same content-script world). */
export const OPEN_HIGHLIGHT_KEY = '__folioOpenHighlight';

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
    if (!document.getSelection()?.isCollapsed) return;
    const hit = highlightAt(global[PLACED_KEY] as { id: string; range: Range }[], event.clientX, event.clientY);
    if (!hit) return;
    global[OPEN_HIGHLIGHT_KEY] = hit.id;
    void browser.runtime.sendMessage({ type: 'folio:run-command', command: 'toggle-reader' });
  });
}
