/**
 * `npm run bench:extract-browser-corpus`: does Folio read real pages in the browsers as well as
 * `bench:extract` measures it in jsdom? The reader extracts from the live page, after the page's
 * own scripts ran, with `<noscript>` as text and the browser's own DOM; the corpus scores are
 * taken in jsdom. Each corpus page is opened in Chromium and in Firefox at its own address (the
 * page's HTML answers that address; every other request fails, so no script, style or picture
 * loads from the network), Folio's extractor runs on the live document as the reader calls it,
 * and its text is scored with the corpus's word metric beside jsdom's in the same run. Lists the
 * pages whose text or metadata differ from jsdom's.
 *
 * Reads ../shared/corpus (wcxb-dev); says so and stops when it is absent. Needs Chromium and
 * Firefox ESR (apt-get install -y chromium firefox-esr); --browsers chromium skips Firefox.
 *
 *   npm run bench:extract-browser-corpus -- [--every K] [--ids a,b] [--browsers chromium,firefox]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/support/chromium';
import { findFirefox } from '../tests/e2e/support/firefox';
import { withTimeout } from '../utils/async/with-timeout';
import { bundleForPage } from './browser/bundle';
import type { BrowserExtraction } from './browser/corpus-entry';
import { CORPUS_DIR, type CorpusPage, corpusAvailable, loadCorpus, loadMetric } from './corpus';

const { values } = parseArgs({
  options: {
    every: { type: 'string', default: '6' },
    ids: { type: 'string' },
    browsers: { type: 'string', default: 'chromium,firefox' },
    worst: { type: 'string', default: '15' },
  },
});

if (!corpusAvailable()) {
  console.log(`No corpus at ${CORPUS_DIR} (set FOLIO_CORPUS): nothing to measure.`);
  process.exit(0);
}

const SET = 'wcxb-dev';
const every = Math.max(1, Number(values.every));
const pages = loadCorpus([SET], undefined, values.ids?.split(',')).filter((_, i) => values.ids || i % every === 0);
/** A page whose scripts never let the extractor run (a loop, a dialog) counts as no article. */
const PAGE_TIMEOUT_MS = 30_000;
/** What runs in the page after the bundle (an IIFE that defines `folioCorpus`). */
const RUN_ENTRY = 'folioCorpus.extractOpenPage()';

const bundle = readFileSync(await bundleForPage('corpus-entry.ts', 'folioCorpus'), 'utf8');
const runs = new Map<string, Map<string, BrowserExtraction>>([['jsdom', inJsdom(pages)]]);
for (const name of values.browsers.split(',')) {
  const open = name === 'firefox' ? openFirefox : openChromium;
  runs.set(name, await extractInBrowser(name, open, pages));
}
report(await loadMetric());

/** jsdom's answers, from the worker bench:extract uses (FOLIO_ONLY: no Readability run). */
function inJsdom(list: CorpusPage[]): Map<string, BrowserExtraction> {
  const out = new Map<string, BrowserExtraction>();
  for (let i = 0; i < list.length; i += 40) {
    const ids = list.slice(i, i + 40).map((p) => p.id);
    const stdout = execFileSync(
      process.execPath,
      [...process.execArgv, join(import.meta.dirname, 'extract-worker.ts'), SET, ...ids],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, FOLIO_ONLY: '1' },
      },
    );
    for (const line of stdout.split('\n').filter(Boolean)) {
      const { id, folio } = JSON.parse(line);
      out.set(id, {
        text: folio.text,
        title: folio.meta.title,
        byline: folio.meta.byline,
        date: folio.meta.publishedTime,
      });
    }
  }
  return out;
}

/** A browser with one page open at a time: `load` shows the HTML at its URL and runs the entry. */
interface BrowserSession {
  load(url: string, html: Buffer): Promise<BrowserExtraction>;
  close(): Promise<void>;
}

async function extractInBrowser(
  name: string,
  open: () => Promise<BrowserSession>,
  list: CorpusPage[],
): Promise<Map<string, BrowserExtraction>> {
  const session = await open();
  const out = new Map<string, BrowserExtraction>();
  try {
    for (const [i, page] of list.entries()) {
      const html = gunzipSync(readFileSync(join(CORPUS_DIR, SET, `${page.id}.html.gz`)));
      const run = await session.load(page.url, html).catch((error: unknown) => {
        process.stderr.write(`  ${name} ${page.id}: ${String(error).slice(0, 200)}\n`);
        return { text: '' };
      });
      out.set(page.id, run);
      if ((i + 1) % 20 === 0) process.stderr.write(`  ${name}: ${i + 1}/${list.length}\n`);
    }
  } finally {
    await session.close();
  }
  return out;
}

/**
 * Whether a request asks for the page itself: the browser leaves the address's #fragment out of
 * it, and Firefox asks for an http:// page of an HSTS-preloaded site (msha.gov) over https://.
 */
function isPageRequest(requested: string, pageUrl: string): boolean {
  const document = (address: string) => address.split('#')[0]?.replace(/^https?:/, '');
  return document(requested) === document(pageUrl);
}

async function openChromium(): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  let current: { url: string; html: Buffer } | undefined;
  await context.route(/.*/, (route) =>
    current && isPageRequest(route.request().url(), current.url)
      ? route.fulfill({ status: 200, contentType: 'text/html', body: current.html })
      : route.abort(),
  );
  return {
    async load(url, html) {
      current = { url, html };
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS }).catch(() => {});
        return (await withTimeout(page.evaluate(`${bundle};${RUN_ENTRY}`), PAGE_TIMEOUT_MS)) as BrowserExtraction;
      } finally {
        await withTimeout(page.close(), PAGE_TIMEOUT_MS).catch(() => {});
      }
    },
    close: () => browser.close(),
  };
}

async function openFirefox(): Promise<BrowserSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'folio-bench-firefox-')),
  });
  return {
    async load(url, html) {
      const page = await browser.newPage();
      try {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const answer = isPageRequest(request.url(), url)
            ? request.respond({ status: 200, contentType: 'text/html', body: html })
            : request.abort();
          // (A request the page dropped meanwhile can no longer be answered.)
          answer.catch(() => {});
        });
        await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS }).catch(() => {});
        return (await withTimeout(page.evaluate(`${bundle};${RUN_ENTRY}`), PAGE_TIMEOUT_MS)) as BrowserExtraction;
      } finally {
        await withTimeout(page.close(), PAGE_TIMEOUT_MS).catch(() => {});
      }
    },
    close: () => browser.close(),
  };
}

function report(metric: Awaited<ReturnType<typeof loadMetric>>): void {
  const jsdom = runs.get('jsdom') as Map<string, BrowserExtraction>;
  const f1 = (page: CorpusPage, run: BrowserExtraction | undefined) => metric.wordScore(page.text, run?.text ?? '').f1;
  console.log(
    `\nFolio on ${pages.length} ${SET} pages (${values.ids ? 'by id' : `every ${every}th`}), word F1 against the annotation:\n`,
  );
  console.log('| where | word F1 | text differs from jsdom (F1 apart > 0.02) | title / byline / date differ |');
  console.log('|---|---:|---:|---|');
  const differing: string[] = [];
  for (const [name, run] of runs) {
    let textDiffers = 0;
    const fields = { title: 0, byline: 0, date: 0 };
    for (const page of pages) {
      const here = run.get(page.id);
      const there = jsdom.get(page.id);
      const apart = f1(page, here) - f1(page, there);
      if (Math.abs(apart) > 0.02) {
        textDiffers++;
        differing.push(
          `${name} ${page.id}: word F1 ${f1(page, there).toFixed(3)} in jsdom, ${f1(page, here).toFixed(3)} here`,
        );
      }
      for (const field of ['title', 'byline', 'date'] as const) {
        // (Dates by their day: a page's script may write its JSON-LD date with a time.)
        const same =
          field === 'date'
            ? (here?.date ?? '').slice(0, 10) === (there?.date ?? '').slice(0, 10)
            : here?.[field] === there?.[field];
        if (same) continue;
        fields[field]++;
        differing.push(
          `${name} ${page.id}: ${field} ${JSON.stringify(there?.[field])} in jsdom, ${JSON.stringify(here?.[field])} here`,
        );
      }
    }
    const mean = metric.mean(pages.map((page) => f1(page, run.get(page.id))));
    const label = name === 'jsdom' ? 'jsdom (bench:extract, baseline)' : name;
    console.log(
      `| ${label} | ${mean.toFixed(4)} | ${textDiffers} | ${fields.title} / ${fields.byline} / ${fields.date} |`,
    );
  }
  if (differing.length)
    console.log(`\nDiffering (first ${values.worst}):\n${differing.slice(0, Number(values.worst)).join('\n')}`);
}
