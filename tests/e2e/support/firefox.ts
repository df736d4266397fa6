import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { CommandOutcome, FolioCommand } from '../../../utils/commands';
import { pollFor } from './poll';
import { evaluateInReader, READER_FRAME_FILE } from './reader-frame';

export const FIREFOX_INSTALL_HINT = 'apt-get update && apt-get install -y firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3-e2e');
/** The add-on's id (wxt.config.ts) and the fixed UUID its moz-extension:// origin gets here. */
const GECKO_ID = 'folio@folio-reader.dev';
export const FOLIO_UUID = '6f1e0b7c-2d3a-4b5c-8d9e-0a1b2c3d4e5f';
export const FOLIO_ORIGIN = `moz-extension://${FOLIO_UUID}`;

/** Firefox from $FIREFOX_PATH or /usr/bin/firefox-esr; no silent skip when there is none. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string =>
    Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Firefox found (looked at ${candidates.join(', ')}). Install it with:\n  ${FIREFOX_INSTALL_HINT}`,
    );
  }
  return found;
}

/** puppeteer-core's page URL can lag behind moz-extension navigations: ask the document itself. */
const hrefOf = (target: Page | Frame) => target.evaluate(() => location.href).catch(() => '');

export interface FolioFirefox {
  browser: Browser;
  /** The extension tab the e2e build opens at install: the way in to the background. */
  driver: Page;
  newPage(): Promise<Page>;
  /** The same function the toolbar button, the shortcut and the menu call, on `page`'s tab. */
  runCommand(page: Page, command: FolioCommand): Promise<CommandOutcome>;
  /** Evaluates in the background page (its `folio` hook: `{ runCommand, db, service }`). */
  inBackground<T>(fn: string): Promise<T>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Firefox with the e2e build installed as a temporary add-on, driven over WebDriver BiDi. The
 * add-on's origin is fixed by the `extensions.webextensions.uuids` pref. WebDriver may not
 * navigate to extension pages, so the e2e build opens one tab itself (utils/protocol/test-hooks.ts)
 * and the driver calls the background from there with `runtime.getBackgroundPage()`.
 */
export async function launchFirefoxWithFolio(): Promise<FolioFirefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run "FOLIO_E2E=1 npx wxt build -b firefox".`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'folio-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FOLIO_UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
      // Optional permissions are granted without the browser's prompt, which no driver can answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const driver = await findDriverTab(browser);
    const inBackground = <T>(fn: string) =>
      driver.evaluate(
        `(async () => { const bg = await browser.runtime.getBackgroundPage(); return (${fn})(bg.folio, browser); })()`,
      ) as Promise<T>;
    const tabIdOf = async (page: Page) =>
      inBackground<number>(
        `async (folio, browser) => (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(await hrefOf(page))})?.id`,
      );
    return {
      browser,
      driver,
      inBackground,
      tabIdOf,
      newPage: () => browser.newPage(),
      async runCommand(page, command) {
        await page.bringToFront();
        const tabId = await tabIdOf(page);
        return inBackground<CommandOutcome>(
          `async (folio, browser) => folio.runCommand(${JSON.stringify(command)}, await browser.tabs.get(${tabId}))`,
        );
      },
      close: async () => {
        await browser.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function findDriverTab(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) if ((await hrefOf(page)).startsWith(FOLIO_ORIGIN)) return page;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The e2e build did not open its driver tab in Firefox.');
}

/** The reader's frame on `page` (shown, or kept hidden after a close). */
export async function firefoxReaderFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    if ((await hrefOf(frame)).includes(READER_FRAME_FILE)) return frame;
  }
  return undefined;
}

/** Runs `fn(document, arg)` in the reader frame; `undefined` when the reader is not open. */
export async function inFirefoxReader<T, A = undefined>(
  page: Page,
  fn: (root: Document, arg: A) => T,
  arg?: A,
): Promise<T | undefined> {
  return evaluateInReader(await firefoxReaderFrame(page), page, fn, arg, (frame) => frame.detached);
}

/** Waits until the reader is open and `fn` returns a truthy value; returns it. */
export function waitForFirefoxReader<T, A = undefined>(
  page: Page,
  fn: (root: Document, arg: A) => T,
  arg?: A,
  timeoutMs = 10_000,
): Promise<T> {
  return pollFor(() => inFirefoxReader(page, fn, arg), timeoutMs);
}
