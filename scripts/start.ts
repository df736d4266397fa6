/**
 * `npm start`: Folio's main job, with an embedded default. Builds the extension, serves the
 * bundled sample pages on 127.0.0.1, launches Chromium with Folio loaded and opens the Chinese
 * sample page in the reader.
 *
 * With a display it leaves the browser open for you (close it to stop). Without one ($DISPLAY
 * unset) it runs headless, saves screenshots of the page before and the reader after, prints
 * where, and exits 0.
 *
 *   npm start                 the Chinese essay
 *   npm start -- en-article   another sample page (any file in tests/fixtures/pages)
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchWithFolio } from '../tests/e2e/support/chromium';
import { runFolioCommand } from '../tests/e2e/support/commands';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { waitForReader } from '../tests/e2e/support/reader-frame';

const sample = (process.argv[2] ?? 'zh-essay').replace(/\.html$/, '');
const headless = !process.env.DISPLAY;

console.log('Building Folio (chrome-mv3, with access to the local sample server)…');
execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  // NODE_ENV: Vitest sets it to "test", and the React plugin would then compile JSX for development.
  env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
});

const server = await startFixtureServer();
const folio = await launchWithFolio({ headless });
try {
  const page = await folio.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = server.url(`${sample}.html`);
  console.log(`Opening ${url}`);
  await page.goto(url);
  const outDir = resolve('artifacts', 'start', new Date().toISOString().replace(/[:.]/g, '-'));
  if (headless) {
    await mkdir(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'before.png') });
  }
  const outcome = await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
  if (!outcome.ok) throw new Error(outcome.message);
  const title = await waitForReader(page, (root) => root.querySelector('.folio-title')?.textContent);
  console.log(`Reader open: ${title}`);
  if (headless) {
    await page.waitForTimeout(300); // fonts settle
    await page.screenshot({ path: join(outDir, 'reader.png') });
    console.log(`No display: screenshots of the page before and the reader after are in\n  ${outDir}`);
  } else {
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => folio.context.on('close', () => done()));
  }
} finally {
  await folio.close().catch(() => {});
  await server.close();
}
