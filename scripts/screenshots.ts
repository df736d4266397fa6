/**
 * `npm run screenshots`: the reader over the Chinese sample page in each theme, and over the
 * English one, saved to docs/screenshots/ (look at them before committing).
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithFolio } from '../tests/e2e/support/chromium';
import { runFolioCommand } from '../tests/e2e/support/commands';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { setReaderTheme } from '../tests/e2e/support/reader-actions';
import { waitForReader } from '../tests/e2e/support/reader-frame';

execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
});
const out = resolve('docs/screenshots');
await mkdir(out, { recursive: true });
const server = await startFixtureServer();
const folio = await launchWithFolio();
try {
  const shots: [string, string][] = [
    ['zh-essay.html', 'light'],
    ['zh-essay.html', 'sepia'],
    ['zh-essay.html', 'dark'],
    ['en-article.html', 'light'],
  ];
  for (const [path, theme] of shots) {
    await setReaderTheme(folio.serviceWorker, theme);
    const page = await folio.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(server.url(path));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await page.waitForTimeout(300);
    const file = resolve(out, `reader-${path.replace('.html', '')}-${theme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await folio.close();
  await server.close();
}
