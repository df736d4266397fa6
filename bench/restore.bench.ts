/**
 * `npm run bench:restore`: a generated 100 MB backup (2,000 articles saved offline with ~45 kB
 * of text each, 50,000 highlights) restored in real Chromium, through the library page as a user
 * does it: choose the file → the preview (read, checked, compared with the library) → Restore
 * (one transaction) → the list shown. In the same run, for comparison: the same library backed up
 * again (Back up everything), and a 1 MB backup of the same shape restored the same way.
 * Chromium refuses any one runtime message over 64 MiB, which is why restore (and backup) run in
 * the library page rather than through the background.
 *
 *   npm run bench:restore        (FOLIO_SKIP_BUILD=1 to reuse .output/chrome-mv3-e2e)
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithFolio } from '../tests/e2e/support/chromium';
import { buildBackup } from '../utils/backup';
import { makeLibrary } from './library-data';

if (process.env.FOLIO_SKIP_BUILD !== '1') {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
  });
}

/** A backup of `articles` articles whose saved copies are padded to about `targetBytes` in all. */
function backupText(articles: number, perArticle: number, targetBytes: number): string {
  const library = makeLibrary(articles, perArticle);
  const base = JSON.stringify(buildBackup(library.articles, library.highlights)).length;
  const padding = Math.max(0, Math.floor((targetBytes - base) / articles / 2 / 3)); // html + text, 3 bytes a CJK char
  const paragraph = '读书是一个人精神成长的重要途径，碎片化阅读越来越多，系统阅读却越来越少。';
  const filler = paragraph.repeat(Math.ceil(padding / paragraph.length)).slice(0, padding);
  for (const article of library.articles) {
    if (!article.savedContent) continue;
    article.savedContent.html += `<p>${filler}</p>`;
    article.savedContent.text += `\n${filler}`;
  }
  return JSON.stringify(buildBackup(library.articles, library.highlights));
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

async function restoreThroughLibrary(library: Page, file: string) {
  const preview = library.getByRole('region', { name: 'Restore preview' });
  const shown = await timed(async () => {
    await library.getByLabel('Restore from a backup:').setInputFiles(file);
    await preview.waitFor({ timeout: 600_000 });
  });
  const written = await timed(async () => {
    await preview.getByRole('button', { name: 'Restore' }).click();
    await library.getByText(/^Restored: /).waitFor({ timeout: 600_000 });
  });
  const listed = await timed(() => library.locator('.library-item').first().waitFor({ timeout: 600_000 }));
  return { previewMs: shown.ms, writeMs: written.ms, listMs: listed.ms };
}

const dir = await mkdtemp(join(tmpdir(), 'folio-restore-bench-'));
const big = join(dir, 'backup-100mb.json');
const small = join(dir, 'backup-1mb.json');
await writeFile(big, backupText(2000, 25, 100 * 1024 * 1024));
await writeFile(small, backupText(20, 25, 1024 * 1024));
const mb = async (file: string) => ((await stat(file)).size / 1024 / 1024).toFixed(1);

const rows: string[] = [];
for (const [label, file] of [
  ['1 MB backup', small],
  ['100 MB backup', big],
] as const) {
  const folio = await launchWithFolio();
  try {
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.locator('.library-empty').first().waitFor();
    const r = await restoreThroughLibrary(library, file);
    const count = await folio.serviceWorker.evaluate(async () => {
      const { db } = (globalThis as unknown as { folio: { db: Record<string, { count(): Promise<number> }> } }).folio;
      return { articles: await db.articles?.count(), highlights: await db.highlights?.count() };
    });
    const backup = await timed(async () => {
      const [download] = await Promise.all([
        library.waitForEvent('download', { timeout: 600_000 }),
        library.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
      ]);
      return download.path();
    });
    rows.push(
      `| ${label} (${await mb(file)} MB) | ${r.previewMs.toFixed(0)} | ${r.writeMs.toFixed(0)} | ${r.listMs.toFixed(0)} | ${(r.previewMs + r.writeMs).toFixed(0)} | ${backup.ms.toFixed(0)} | ${count.articles} / ${count.highlights} |`,
    );
  } finally {
    await folio.close();
  }
}
console.log('Chromium, headless, library page, real IndexedDB (one fresh profile per backup).\n');
console.log(
  '| backup | choose file → preview, ms | Restore → done, ms | → list shown, ms | restore total, ms | back up again (baseline), ms | stored articles / highlights |',
);
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
await rm(dir, { recursive: true, force: true });
