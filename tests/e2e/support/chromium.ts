import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

/** Chromium from $CHROME_PATH or /usr/bin/chromium; no silent skip when there is none. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with:\n  ${INSTALL_HINT}\nor set CHROME_PATH.`,
    );
  }
  return found;
}

/** The flags that keep a headless Chromium off the network and quiet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-default-browser-check',
];

export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3-e2e');

export interface FolioBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** A fresh profile with the built extension loaded; resolves once its service worker runs. */
export async function launchWithFolio(
  options: { extensionDir?: string; headless?: boolean; locale?: string } = {},
): Promise<FolioBrowser> {
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build:e2e" first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'folio-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    // The UI language (what chrome.i18n answers): Chromium on Linux takes it from --lang and LANGUAGE.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${options.locale ?? 'en-US'}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
