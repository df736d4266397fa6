import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { maybeOpenReader } from '../utils/background/always-open';
import { maybeShowHighlights } from '../utils/background/auto-highlights';
import { browserCommandEffects } from '../utils/background/command-effects';
import { SyncController } from '../utils/background/sync-controller';
import { faultInjector, type TestFaults } from '../utils/background/test-faults';
import { type CommandTab, type FolioCommand, runCommand } from '../utils/commands';
import { countHighlightsForUrl, createFolioDb } from '../utils/db';
import { deleteOrphanImages } from '../utils/db/images';
import { t } from '../utils/i18n';
import { sitePermissionOf } from '../utils/offline/article-images';
import { ALL_PAGES, DATA_CHANGED } from '../utils/protocol/messages';
import { BACKGROUND_HOOK, openTestDriverTab } from '../utils/protocol/test-hooks';
import { watchReadingPositions } from '../utils/reading-position';
import { FolioService, isRoutedMessage, type RouterDeps, routeMessage } from '../utils/services';
import { broadcastDataChanged } from '../utils/services/broadcast';
import { failureMessage } from '../utils/services/failure-message';
import { loadAlwaysOpenSites } from '../utils/settings/always-open-storage';
import { formatDateTime } from '../utils/sync/conflict-label';

const CONTEXT_MENU_OPEN_READER = 'folio-open-reader';
const CONTEXT_MENU_HIGHLIGHT = 'folio-highlight-selection';
const SYNC_ALARM = 'folio-sync';

/** Wiring only: the database, the message router, and the three ways in to the one command router. */
export default defineBackground(() => {
  const db = createFolioDb();
  const sync = new SyncController({
    db,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    setAlarm: async (minutes) => {
      await browser.alarms.clear(SYNC_ALARM);
      if (minutes > 0) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: minutes });
    },
    onPulled: () => void broadcastDataChanged(ALL_PAGES),
    conflictLabel: (loser) => t('syncConflictCopy', formatDateTime(loser.updatedAt)),
    fetcher: (input, init) => fetch(input, init),
  });
  const service = new FolioService(
    db,
    (url) => {
      void broadcastDataChanged(url);
      sync.changed();
    },
    {
      hasPermission: (origin) => browser.permissions.contains({ origins: [sitePermissionOf(origin)] }),
      fetcher: (input, init) => fetch(input, init),
      openAllowPage: async (articleId) => {
        await browser.tabs.create({
          url: browser.runtime.getURL(`/allow-images.html?id=${encodeURIComponent(articleId)}`),
        });
      },
    },
    sync,
    (url) => browser.tabs.create({ url }),
  );
  // Sync: on its alarm, when the browser starts, and when a sync was cut short (the service
  // worker stopped mid-way) or changes were waiting when this background last stopped.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncNow('alarm');
  });
  browser.runtime.onStartup.addListener(() => void sync.syncNow('startup'));
  // Where the reader stopped, shared with the other devices a little after reading pauses.
  watchReadingPositions((after, before) => sync.readingPlaceChanged(after, before));
  void sync.resumeIfUnfinished();
  // Pictures of articles deleted earlier (kept until now so that Undo brought them back).
  void deleteOrphanImages(db).catch(() => {});

  const run = (command: FolioCommand, tab: CommandTab | undefined, options?: { highlightId?: string }) =>
    runCommand(command, tab ?? {}, browserCommandEffects, options);

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

  // Every message from Folio's pages and content scripts: one router, an allow-list per caller.
  const deps: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    service,
    runCommand: run,
    getTab: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
    readerKeys: new Map(),
    describeFailure: (error) => failureMessage(error, t),
  };
  const faults: TestFaults = {};
  if (import.meta.env.FOLIO_E2E) deps.beforeServiceCall = faultInjector(faults);
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Others (broadcasts meant for pages) get no answer from here, and no channel held open.
    if (!isRoutedMessage(message)) {
      // The library page wrote a restore or an import itself: that is a change to sync.
      const fromFolioPage = sender.id === browser.runtime.id && sender.url?.startsWith(deps.extensionOrigin);
      if (fromFolioPage && (message as { type?: unknown })?.type === DATA_CHANGED) sync.changed();
      return undefined;
    }
    void routeMessage(message, sender, deps).then(sendResponse);
    return true;
  });

  // Revisits: with the optional host permission granted (options page), a page that has
  // highlights shows them as soon as it has loaded.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete') return;
    // "Always open on this site" (the popup): the reader opens by itself.
    void maybeOpenReader(tab.url, {
      sites: loadAlwaysOpenSites,
      hasPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      open: () => run('toggle-reader', tab),
    }).catch(() => {});
    void maybeShowHighlights(tabId, tab.url, {
      hasPermission: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
      countHighlights: (url) => countHighlightsForUrl(db, url),
      show: () => run('show-highlights', tab),
    }).catch(() => {});
  });

  // For tests and scripts (docs/testing.md): the same function the button, shortcut and menu call.
  (globalThis as Record<string, unknown>)[BACKGROUND_HOOK] = {
    runCommand: run,
    db,
    service,
    sync,
    ...(import.meta.env.FOLIO_E2E ? { faults } : {}),
  };
  if (import.meta.env.FOLIO_E2E) openTestDriverTab();
});
