/**
 * `npm run bench:save-images`: "Save article" on an article with 30 photo-sized pictures (random
 * pixels, ~145 kB each; 20 from the page's own site through the content script, 10 from another
 * site through the background), in real Chromium with the built extension, from the click to the
 * report that the pictures are kept. Baseline in the same run: saving the same article with no
 * pictures (the text alone). Each run saves a new article (a new URL), so nothing is replaced.
 *
 *   npm run bench:save-images -- [--runs N]   (FOLIO_SKIP_BUILD=1 to reuse .output/chrome-mv3-e2e)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithFolio } from '../tests/e2e/support/chromium';
import { runFolioCommand } from '../tests/e2e/support/commands';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { clickInReader } from '../tests/e2e/support/reader-actions';
import { waitForReader } from '../tests/e2e/support/reader-frame';
import { percentile } from './stats';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);

if (process.env.FOLIO_SKIP_BUILD !== '1') {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
  });
}

const server = await startFixtureServer();
const imageSite = await startFixtureServer();
const folio = await launchWithFolio();

/** Milliseconds from the Save click to the final report, and the pictures kept. */
async function saveOnce(pictures: boolean, run: number): Promise<{ ms: number; kept: number }> {
  const page = await folio.context.newPage();
  const query = `n=30&run=${run}${pictures ? '' : '&bare=1'}&other=${encodeURIComponent(imageSite.origin)}`;
  await page.goto(server.url(`generated/gallery.html?${query}`));
  await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
  await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
  const t0 = performance.now();
  await clickInReader(page, 'button[title="Save article"]');
  // Inline (no helper inside): the function runs in the frame as source text.
  const status = await waitForReader(
    page,
    (root) => {
      const s = root.querySelector('.folio-toast [role=status], p.folio-toast')?.textContent ?? '';
      return s.startsWith('Saved to your library') && !s.endsWith('…') ? s : undefined;
    },
    undefined,
    60_000,
  );
  const ms = performance.now() - t0;
  await page.close();
  const kept = Number(/(\d+) of/.exec(String(status))?.[1] ?? 0);
  return { ms, kept };
}

const rows: { label: string; times: number[]; kept: number }[] = [];
for (const pictures of [false, true]) {
  const times: number[] = [];
  let kept = 0;
  await saveOnce(pictures, pictures ? -2 : -1); // warm-up
  for (let run = 0; run < runs; run++) {
    const r = await saveOnce(pictures, run + (pictures ? 1000 : 0));
    times.push(r.ms);
    kept = r.kept;
  }
  rows.push({ label: pictures ? 'the same text with 30 pictures' : 'no pictures (baseline)', times, kept });
}
const bytes = (await folio.serviceWorker.evaluate(async () => {
  const { db } = (globalThis as unknown as { folio: { db: { images: { toArray(): Promise<{ bytes: number }[]> } } } })
    .folio;
  const all = await db.images.toArray();
  return all.reduce((sum, i) => sum + i.bytes, 0) / Math.max(1, all.length);
})) as number;
await folio.close();
await server.close();
await imageSite.close();

const base = percentile(rows[0]?.times ?? [], 0.5);
console.log(`\nSave article, click → report (median of ${runs}; pictures ~${Math.round(bytes / 1024)} kB each)\n`);
console.log('| article | median ms | p90 ms | pictures kept | vs baseline |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  const median = percentile(row.times, 0.5);
  console.log(
    `| ${row.label} | ${median.toFixed(0)} | ${percentile(row.times, 0.9).toFixed(0)} | ${row.kept} | ${(median / base).toFixed(1)}× |`,
  );
}
