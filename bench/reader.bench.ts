/**
 * `npm run bench:reader`: time from the command to the reader painted, in real Chromium with the
 * built extension, on the fixtures and a generated 1 MB article (3,000 paragraphs); and, in the
 * same runs, the part spent in extraction (performance marks the reader leaves on the page).
 * Target: painted within 1.5× the extraction time alone. Beside it, the floor: what an empty
 * injected script that paints one line costs on the same page, in a fresh tab. Floor plus
 * extraction is the best any reader injected on request can do.
 *
 *   npm run bench:reader -- [--runs N]      (FOLIO_SKIP_BUILD=1 to reuse .output/chrome-mv3-e2e)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithFolio } from '../tests/e2e/support/chromium';
import { timedFolioCommand, timedInjectionFloor } from '../tests/e2e/support/commands';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { percentile } from './stats';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const PAGES = [
  'zh-essay.html',
  'zh-news.html',
  'en-article.html',
  'generated/article-1mb.html',
  'generated/big-5mb.html',
];

if (process.env.FOLIO_SKIP_BUILD !== '1') {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FOLIO_E2E: '1', NODE_ENV: 'production' },
  });
}
const server = await startFixtureServer();
const folio = await launchWithFolio();
console.log(`Chromium, headless; ${runs} runs per page (first open of each page, fresh tab).\n`);
console.log(
  '| page | command → painted, median ms | p90 | extraction alone, median ms | ratio (median of runs) | target ≤ 1.5× | floor: empty script → painted, median ms | best possible ratio, (floor + extraction) / extraction | second open → painted, median ms |',
);
console.log('|---|---:|---:|---:|---:|---|---:|---:|---:|');
const breakdown: string[] = [];
try {
  for (const path of PAGES) {
    const total: number[] = [];
    const extraction: number[] = [];
    const ratios: number[] = [];
    const reopen: number[] = [];
    const floor: number[] = [];
    const parts = { inject: [] as number[], reads: [] as number[], render: [] as number[], paint: [] as number[] };
    for (let i = 0; i < runs; i++) {
      // The floor first, in a tab of its own: the reader's tab must still make its isolated world.
      const bare = await folio.context.newPage();
      await bare.goto(server.url(path), { timeout: 120_000 });
      const { startedAt: floorAt } = await timedInjectionFloor(folio.serviceWorker, bare);
      await bare.waitForFunction(() => performance.getEntriesByName('folio:floor-painted').length > 0);
      const floorPaintedAt = await bare.evaluate(
        () => performance.timeOrigin + performance.getEntriesByName('folio:floor-painted')[0]!.startTime,
      );
      floor.push(floorPaintedAt - floorAt);
      await bare.close();

      const page = await folio.context.newPage();
      await page.goto(server.url(path), { timeout: 120_000 });
      const { outcome, startedAt: commandAt } = await timedFolioCommand(folio.serviceWorker, page, 'toggle-reader');
      if (!outcome.ok) throw new Error(`${path}: ${outcome.message}`);
      await page.waitForFunction(() => performance.getEntriesByName('folio:painted').length > 0, undefined, {
        timeout: 120_000,
      });
      // (No helper functions inside: tsx would wrap them in a __name() the page does not have.)
      const [openAt, extractStart, extractEnd, renderedAt, paintedAt] = (await page.evaluate(() =>
        ['folio:open', 'folio:extract-start', 'folio:extract-end', 'folio:rendered', 'folio:painted'].map(
          (name) => performance.timeOrigin + performance.getEntriesByName(name)[0]!.startTime,
        ),
      )) as [number, number, number, number, number];
      const marks = { paintedAt, extract: extractEnd - extractStart };
      const ms = marks.paintedAt - commandAt;
      total.push(ms);
      extraction.push(marks.extract);
      parts.inject.push(openAt - commandAt);
      parts.reads.push(extractStart - openAt);
      parts.render.push(renderedAt - extractEnd);
      parts.paint.push(paintedAt - renderedAt);
      ratios.push(ms / marks.extract);
      // Close, then open again: the extraction is reused.
      await timedFolioCommand(folio.serviceWorker, page, 'toggle-reader');
      await page.evaluate(() => performance.clearMarks());
      const again = await timedFolioCommand(folio.serviceWorker, page, 'toggle-reader');
      await page.waitForFunction(() => performance.getEntriesByName('folio:painted').length > 0);
      const paintedAgain = await page.evaluate(
        () => performance.timeOrigin + performance.getEntriesByName('folio:painted')[0]!.startTime,
      );
      reopen.push(paintedAgain - again.startedAt);
      await page.close();
    }
    const ratio = percentile(ratios, 0.5);
    const median = (list: number[]) => percentile(list, 0.5).toFixed(0);
    breakdown.push(
      `| ${path} | ${median(parts.inject)} | ${median(parts.reads)} | ${median(extraction)} | ${median(parts.render)} | ${median(parts.paint)} |`,
    );
    const best = (percentile(floor, 0.5) + percentile(extraction, 0.5)) / percentile(extraction, 0.5);
    console.log(
      `| ${path} | ${percentile(total, 0.5).toFixed(0)} | ${percentile(total, 0.9).toFixed(0)} | ${percentile(extraction, 0.5).toFixed(0)} | ${ratio.toFixed(2)}× | ${ratio <= 1.5 ? 'met' : 'NOT met'} | ${median(floor)} | ${best.toFixed(2)}× | ${percentile(reopen, 0.5).toFixed(0)} |`,
    );
  }
  console.log(
    '\nWhere the time goes (medians, ms): command → script running (injection: the isolated world, loading and',
  );
  console.log(
    'compiling the script), settings read, extraction, React render and first layout, paint of the next frame.\n',
  );
  console.log('| page | injection | settings | extraction | render + layout | paint |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of breakdown) console.log(row);
} finally {
  await folio.close();
  await server.close();
}
