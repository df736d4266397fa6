/**
 * `npm run bench:extract-browser`: extraction time in Chromium, where the reader runs it, on the
 * fixture pages and the generated 1 MB and 5 MB pages. Plain Readability 0.6 is the baseline in
 * the same run; "readability + speed-ups" is the Readability that Folio runs
 * (utils/extract/readability-speedups.ts), checked to give the same parse on each page.
 * Needs Chromium (apt-get install -y chromium); no extension build.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { bundleForPage } from './browser/bundle';
import type { timeExtractors } from './browser/extract-entry';

const PAGES: [path: string, runs: number][] = [
  ['zh-essay.html', 21],
  ['zh-news.html', 21],
  ['en-article.html', 21],
  ['en-widgets.html', 21],
  ['generated/article-1mb.html', 7],
  ['generated/big-5mb.html', 5],
];

const script = await bundleForPage('extract-entry.ts', 'folioBench');
const server = await startFixtureServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  console.log('| page | Readability 0.6 | + speed-ups | same parse | Folio (whole extractor) |');
  console.log('|---|---:|---:|---|---:|');
  for (const [path, runs] of PAGES) {
    await page.goto(server.url(path), { timeout: 120_000 });
    await page.addScriptTag({ path: script });
    const { medians, sameParse } = await page.evaluate(
      (n) =>
        (globalThis as unknown as { folioBench: { timeExtractors: typeof timeExtractors } }).folioBench.timeExtractors(
          n,
        ),
      runs,
    );
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(
      `| ${path} | ${ms(medians.readability)} | ${ms(medians['readability + speed-ups'])} | ${sameParse ? 'yes' : '**no**'} | ${ms(medians.folio)} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dirname(script), { recursive: true, force: true });
}
