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
  return (await timedFolioCommand(serviceWorker, page, command)).outcome;
}

/** The same, with the wall-clock time (ms since epoch) at which the background began the command. */
export async function timedFolioCommand(
  serviceWorker: Worker,
  page: Page,
  command: FolioCommand,
): Promise<{ outcome: CommandOutcome; startedAt: number }> {
  await bringToFrontSettled(page);
  return serviceWorker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const folio = (globalThis as unknown as { folio: { runCommand: (c: string, t: unknown) => Promise<unknown> } })
      .folio;
    const startedAt = Date.now();
    return { outcome: (await folio.runCommand(name, tab)) as CommandOutcome, startedAt };
  }, command);
}

/**
 * The least any reader in a frame costs on this tab: from the background's call, a script in the
 * extension's isolated world that mounts reader-frame.html?floor in a closed shadow root, as the
 * reader does; the frame paints one line and marks `folio:painted` in its own timeline. Use a
 * fresh tab: the first script in a tab pays for making the isolated world, as the reader's does.
 */
export async function timedFrameFloor(serviceWorker: Worker, page: Page): Promise<{ startedAt: number }> {
  await bringToFrontSettled(page);
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        scripting: { executeScript(i: { target: { tabId: number }; func: () => void }): Promise<unknown> };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    // In an array, not as a property: tsx names a function given as `func: () => …` with a
    // __name() helper that the service worker does not have.
    const [mountFloorFrame] = [
      () => {
        const host = document.createElement('div');
        const frame = document.createElement('iframe');
        const runtime = (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome
          .runtime;
        frame.src = runtime.getURL('/reader-frame.html?floor');
        frame.setAttribute('style', 'position: fixed; inset: 0; width: 100%; height: 100%; border: 0;');
        host.attachShadow({ mode: 'closed' }).append(frame);
        document.documentElement.append(host);
      },
    ];
    const startedAt = Date.now();
    await chrome.scripting.executeScript({ target: { tabId: tab?.id as number }, func: mountFloorFrame as () => void });
    return { startedAt };
  });
}

/**
 * Brings the page to the front and lets it finish the frame that costs, as a page a user is
 * looking at has; otherwise a timed command waits behind that repaint.
 */
async function bringToFrontSettled(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
