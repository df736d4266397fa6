/**
 * `npm run bench:extract`: Folio's extractor against plain Readability 0.6, side by side, in one
 * run, on the same DOM implementation (jsdom), on the same pages:
 * - the development corpus in ../shared/corpus (skipped, with a message, when it is absent), scored
 *   with that corpus's own score.mjs metric;
 * - the repo's own fixtures (tests/fixtures/pages), with their expected text.
 * Prints precision/recall/F1 and median/p90 extraction time per page (parsing excluded).
 *
 *   npm run bench:extract -- [--set scrapinghub|wcxb-dev] [--limit N] [--worst N] [--ids a,b]
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, type CorpusPage, corpusAvailable, loadCorpus, loadMetric, type Metric } from './corpus';
import { accuracy, type ExtractedMetadata, scorePage } from './metadata-score';
import { percentile } from './stats';

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    limit: { type: 'string' },
    worst: { type: 'string', default: '10' },
    ids: { type: 'string' },
  },
});

interface Run {
  text: string;
  ms: number;
  meta?: ExtractedMetadata;
}

const CHUNK = 40;

/** Runs the pages of one set through bench/extract-worker.ts, a chunk per process. */
function runSet(set: string, pages: CorpusPage[]): Map<string, { readability: Run; folio: Run }> {
  const runs = new Map<string, { readability: Run; folio: Run }>();
  for (let i = 0; i < pages.length; i += CHUNK) {
    const ids = pages.slice(i, i + CHUNK).map((p) => p.id);
    const out = execFileSync(process.execPath, [...process.execArgv, WORKER, set, ...ids], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const line of out.split('\n').filter(Boolean)) {
      const { id, readability, folio } = JSON.parse(line);
      runs.set(id, { readability, folio });
    }
    process.stderr.write(`  ${set}: ${Math.min(i + CHUNK, pages.length)}/${pages.length}\n`);
  }
  return runs;
}

interface Scored {
  id: string;
  shingle: ReturnType<Metric['shingleScore']>;
  word: ReturnType<Metric['wordScore']>;
  snippets: ReturnType<Metric['snippetScore']>;
  empty: boolean;
  ms: number;
}

function score(metric: Metric, page: CorpusPage, run: Run): Scored {
  return {
    id: page.id,
    shingle: metric.shingleScore(page.text, run.text),
    word: metric.wordScore(page.text, run.text),
    snippets: metric.snippetScore(run.text, page.with, page.without),
    empty: !run.text.trim(),
    ms: run.ms,
  };
}

function summarize(metric: Metric, rows: Scored[]) {
  const sh = metric.aggregateShingle(rows.map((r) => r.shingle));
  return {
    n: rows.length,
    shingle: sh,
    word: {
      precision: metric.mean(rows.map((r) => r.word.precision)),
      recall: metric.mean(rows.map((r) => r.word.recall)),
      f1: metric.mean(rows.map((r) => r.word.f1)),
    },
    withPresent: metric.mean(rows.map((r) => r.snippets.withPresent)),
    withoutAbsent: metric.mean(rows.map((r) => r.snippets.withoutAbsent)),
    empty: rows.filter((r) => r.empty).length,
    medianMs: percentile(
      rows.map((r) => r.ms),
      0.5,
    ),
    p90Ms: percentile(
      rows.map((r) => r.ms),
      0.9,
    ),
  };
}

const WORKER = join(import.meta.dirname, 'extract-worker.ts');

const f3 = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

async function benchCorpus(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`Corpus: not found at ${CORPUS_DIR} (set FOLIO_CORPUS to its folder); skipping the corpus part.`);
    return;
  }
  const metric = await loadMetric();
  const sets = values.set ?? ['scrapinghub', 'wcxb-dev'];
  const limit = values.limit ? Number(values.limit) : undefined;
  const pages = loadCorpus(sets, limit, values.ids?.split(','));
  console.log(`Corpus: ${CORPUS_DIR}, ${pages.length} pages; scored with its score.mjs.`);
  const rows: Record<string, { readability: Scored[]; folio: Scored[] }> = {};
  const metadataLines: string[] = [];
  for (const set of sets) {
    const setPages = pages.filter((p) => p.set === set);
    const runs = runSet(set, setPages);
    const annotated = setPages.filter((p) => p.title || p.author || p.published);
    for (const extractor of ['readability', 'folio'] as const) {
      if (!annotated.length) break;
      const acc = accuracy(annotated.map((p) => scorePage(p, runs.get(p.id)?.[extractor].meta ?? {})));
      const cell = ({ correct, n }: { correct: number; n: number }) => `${((correct / n) * 100).toFixed(1)}% (${n})`;
      metadataLines.push(`| ${set} | ${extractor} | ${cell(acc.title)} | ${cell(acc.author)} | ${cell(acc.date)} |`);
    }
    const scored = { readability: [] as Scored[], folio: [] as Scored[] };
    for (const page of setPages) {
      const run = runs.get(page.id);
      if (!run) continue;
      scored.readability.push(score(metric, page, run.readability));
      scored.folio.push(score(metric, page, run.folio));
    }
    rows[set] = scored;
  }
  console.log(
    '\n| set | extractor | n | shingle F1 | P | R | word F1 | with | without-absent | empty | median ms | p90 ms |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [set, byExtractor] of Object.entries(rows)) {
    for (const [name, list] of Object.entries(byExtractor)) {
      const s = summarize(metric, list);
      console.log(
        `| ${set} | ${name} | ${s.n} | ${f3(s.shingle.f1)} | ${f3(s.shingle.precision)} | ${f3(s.shingle.recall)} | ${f3(s.word.f1)} | ${f3(s.withPresent)} | ${f3(s.withoutAbsent)} | ${s.empty} | ${s.medianMs.toFixed(1)} | ${s.p90Ms.toFixed(1)} |`,
      );
    }
    const folio = summarize(metric, byExtractor.folio);
    const readability = summarize(metric, byExtractor.readability);
    console.log(
      `|  | time ratio folio/readability (median) |  |  |  |  |  |  |  |  | ${(folio.medianMs / readability.medianMs).toFixed(2)}× |  |`,
    );
    // The target's figure is the ratio of the two medians above. Each page's own ratio, both
    // extractors timed on it in the same moment, moves less between runs: it shows progress.
    const perPage = byExtractor.folio.map((f, i) => f.ms / Math.max(1e-3, byExtractor.readability[i]?.ms ?? 0));
    console.log(
      `|  | per-page ratio folio/readability (median of pages) |  |  |  |  |  |  |  |  | ${percentile(perPage, 0.5).toFixed(2)}× |  |`,
    );
  }
  if (metadataLines.length) {
    console.log('\nMetadata right (title, author, date by the day; of the pages that annotate each):\n');
    console.log('| set | extractor | title | author | date |');
    console.log('|---|---|---:|---:|---:|');
    for (const line of metadataLines) console.log(line);
  }
  const worst = Number(values.worst);
  for (const [set, byExtractor] of Object.entries(rows)) {
    const pairs = byExtractor.folio.map((f, i) => ({ f, r: byExtractor.readability[i] as Scored }));
    pairs.sort((a, b) => a.f.shingle.f1 - b.f.shingle.f1);
    console.log(`\nWorst ${worst} in ${set} (folio shingle F1 / readability, P, R):`);
    for (const { f, r } of pairs.slice(0, worst)) {
      console.log(
        `  ${f.id}  ${f3(f.shingle.f1)} / ${f3(r.shingle.f1)}  P ${f3(f.shingle.precision ?? Number.NaN)} R ${f3(f.shingle.recall ?? Number.NaN)}`,
      );
    }
    const losses = pairs
      .filter(({ f, r }) => f.shingle.f1 < r.shingle.f1 - 0.05)
      .sort((a, b) => a.f.shingle.f1 - a.r.shingle.f1 - (b.f.shingle.f1 - b.r.shingle.f1));
    console.log(`Pages where folio is worse by > 0.05 F1: ${losses.length}`);
    for (const { f, r } of losses.slice(0, worst))
      console.log(
        `  ${f.id}  ${f3(f.shingle.f1)} vs ${f3(r.shingle.f1)}  P ${f3(f.shingle.precision ?? Number.NaN)} R ${f3(f.shingle.recall ?? Number.NaN)}`,
      );
  }
}

await benchCorpus();
