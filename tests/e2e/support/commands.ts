import type { Page, Worker } from 'playwright-core';
import type { CommandOutcome, FolioCommand } from '../../../utils/commands';

/**
 * Triggers a Folio command on the tab of `page`, through the very function that the toolbar
 * popup, Alt+Shift+R and the context menu call (`globalThis.folio.runCommand` in the background).
 * The tab is found as the shortcut finds it: the active tab of the focused window.
 */
export async function runFolioCommand(
  serviceWorker: Worker,
  page: Page,
  command: FolioCommand,
): Promise<CommandOutcome> {
  await page.bringToFront();
  return serviceWorker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const folio = (globalThis as unknown as { folio: { runCommand: (c: string, t: unknown) => Promise<unknown> } })
      .folio;
    return folio.runCommand(name, tab) as Promise<CommandOutcome>;
  }, command);
}
