import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium } from './support/chromium';
import { findFirefox } from './support/firefox';

/**
 * Before any end-to-end test: fail at once, with the install command, when there is no Chromium
 * or no Firefox; then build the e2e variants of the extension for both (the shipped build plus a
 * host permission for 127.0.0.1, see wxt.config.ts), so the tests always load the code as it is now.
 */
export default function setup(): void {
  findChromium();
  findFirefox();
  if (process.env.FOLIO_SKIP_BUILD === '1') return;
  for (const browser of ['chrome', 'firefox']) {
    execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', browser], {
      stdio: ['ignore', 'ignore', 'inherit'],
      // NODE_ENV: Vitest sets it to "test", and the React plugin would then compile JSX for development.
      env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
    });
  }
}
