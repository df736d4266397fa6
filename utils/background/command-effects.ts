import { browser } from 'wxt/browser';
import type { CommandEffects, CommandTab, LivePageReport } from '../commands';
import { LAST_PROBLEM_KEY } from '../protocol/storage-keys';
import { HIGHLIGHTER_DONE_GLOBAL, HIGHLIGHTER_REQUEST_GLOBAL, READER_REQUEST_GLOBAL } from '../protocol/test-hooks';

/** The files WXT builds from entrypoints/reader.ts and highlighter.ts: injected on demand, never listed in the manifest. */
export const READER_SCRIPT = '/reader.js';
export const HIGHLIGHTER_SCRIPT = '/highlighter.js';

/**
 * Leaves a request on the extension's isolated world of the tab, for the script injected next.
 * The names travel as arguments: a function given to executeScript is serialized alone.
 */
async function leaveRequest(tabId: number, name: string, request: unknown): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, value: unknown) => {
      (globalThis as unknown as Record<string, unknown>)[key] = value;
    },
    args: [name, request as never],
  });
}

/** The real browser effects of the command router (see utils/commands). */
export const browserCommandEffects: CommandEffects = {
  async injectReader(tabId, options) {
    if (options?.openHighlightId) await leaveRequest(tabId, READER_REQUEST_GLOBAL, options);
    // injectImmediately: the page has loaded (the user is reading it); don't wait for it to idle.
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT], injectImmediately: true });
  },
  async injectHighlighter(tabId, mode) {
    const target = { tabId };
    // The request goes first, in the content script's world; then the script; then its result.
    await leaveRequest(tabId, HIGHLIGHTER_REQUEST_GLOBAL, { mode });
    await browser.scripting.executeScript({ target, files: [HIGHLIGHTER_SCRIPT], injectImmediately: true });
    const [result] = await browser.scripting.executeScript({
      target,
      func: (key: string) => (globalThis as unknown as Record<string, unknown>)[key] as Promise<unknown>,
      args: [HIGHLIGHTER_DONE_GLOBAL],
    });
    return result?.result as LivePageReport;
  },
  async reportProblem(tab: CommandTab, message: string) {
    await browser.storage.session?.set({
      [LAST_PROBLEM_KEY]: { tabId: tab.id, url: tab.url, message, at: Date.now() },
    });
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
