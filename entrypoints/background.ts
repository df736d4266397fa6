import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { maybeShowHighlights } from '../utils/background/auto-highlights';
import { broadcastHighlightsChanged, browserCommandEffects } from '../utils/background/command-effects';
import { type CommandTab, type FolioCommand, runCommand } from '../utils/commands';
import { countHighlightsForUrl, createFolioDb } from '../utils/db';
import { registerFolioService } from '../utils/services';

const CONTEXT_MENU_OPEN_READER = 'folio-open-reader';
const CONTEXT_MENU_HIGHLIGHT = 'folio-highlight-selection';

/** Wiring only: the database, the services, and the three ways in to the one command router. */
export default defineBackground(() => {
  const db = createFolioDb();
  const service = registerFolioService(db, (url) => void broadcastHighlightsChanged(url));

  const run = (command: FolioCommand, tab: CommandTab | undefined) =>
    runCommand(command, tab ?? {}, browserCommandEffects);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CONTEXT_MENU_OPEN_READER,
      title: browser.i18n.getMessage('contextMenuOpenReader'),
      contexts: ['page', 'selection', 'link', 'image'],
    });
    browser.contextMenus.create({
      id: CONTEXT_MENU_HIGHLIGHT,
      title: browser.i18n.getMessage('contextMenuHighlight'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_OPEN_READER) void run('toggle-reader', tab);
    if (info.menuItemId === CONTEXT_MENU_HIGHLIGHT) void run('highlight-selection', tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') void run('toggle-reader', tab);
  });
  // The popup's "Open reader" button and the tests come here by message.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as { type?: string; command?: FolioCommand; tabId?: number };
    if (request?.type !== 'folio:run-command' || !request.command) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    return (async () => {
      // From the popup, the tab it names; from a content script (a click on a live-page highlight), its own.
      const tab = request.tabId === undefined ? sender.tab : await browser.tabs.get(request.tabId);
      return run(request.command as FolioCommand, tab);
    })();
  });

  // Revisits: with the optional host permission granted (options page), a page that has
  // highlights shows them as soon as it has loaded.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete') return;
    void maybeShowHighlights(tabId, tab.url, {
      hasPermission: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
      countHighlights: (url) => countHighlightsForUrl(db, url),
      show: () => run('show-highlights', tab),
    }).catch(() => {});
  });

  // For tests and scripts (docs/testing.md): the same function the button, shortcut and menu call.
  (globalThis as { folio?: unknown }).folio = { runCommand: run, db, service };
});
