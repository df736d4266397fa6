import { browser } from 'wxt/browser';
import type { CommandEffects, CommandTab, LivePageReport } from '../commands';
import { HIGHLIGHTS_CHANGED } from './highlight-events';

/** The file WXT builds from entrypoints/reader.ts: injected on demand, never listed in the manifest. */
export const READER_SCRIPT = '/reader.js';
export const HIGHLIGHTER_SCRIPT = '/highlighter.js';

/** Where the popup finds the last problem of a tab, so that it can say it in words. */
export const PROBLEM_KEY = 'folio:lastProblem';

/** The real browser effects of the command router (see utils/commands). */
export const browserCommandEffects: CommandEffects = {
  async injectReader(tabId) {
    // injectImmediately: the page has loaded (the user is reading it); don't wait for it to idle.
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT], injectImmediately: true });
  },
  async injectHighlighter(tabId, mode) {
    const target = { tabId };
    // The request goes first, in the content script's world; then the script; then its result.
    await browser.scripting.executeScript({
      target,
      func: (m: string) => {
        (globalThis as unknown as Record<string, unknown>).__folioHighlighterRequest = { mode: m };
      },
      args: [mode],
    });
    await browser.scripting.executeScript({ target, files: [HIGHLIGHTER_SCRIPT], injectImmediately: true });
    const [result] = await browser.scripting.executeScript({
      target,
      func: () => (globalThis as unknown as Record<string, unknown>).__folioHighlighterDone as Promise<unknown>,
    });
    return result?.result as LivePageReport;
  },
  async reportProblem(tab: CommandTab, message: string) {
    await browser.storage.session?.set({ [PROBLEM_KEY]: { tabId: tab.id, url: tab.url, message, at: Date.now() } });
    if (tab.id !== undefined) {
      await browser.action.setBadgeText({ tabId: tab.id, text: '!' });
      await browser.action.setBadgeBackgroundColor({ tabId: tab.id, color: '#b3261e' });
      await browser.action.setTitle({ tabId: tab.id, title: message });
    }
    // From the shortcut or the menu no popup is open: open it so the message is seen at once.
    // Browsers without openPopup, or that refuse it here, still show the badge and its title.
    try {
      await (browser.action as { openPopup?: () => Promise<void> }).openPopup?.();
    } catch {}
  },
  message: (name) => browser.i18n.getMessage(name as never) || name,
};

/**
 * Tells every tab that a page's highlights changed. Only tabs where Folio's reader runs listen;
 * the others have no receiver, and their errors are expected and ignored.
 */
export async function broadcastHighlightsChanged(url: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: HIGHLIGHTS_CHANGED, url }).catch(() => {}),
    ),
  );
}
