/**
 * `npm run bench:metadata`: how often Folio's title, byline and date are right on the WCXB dev
 * pages that annotate them (../shared/corpus; skipped, with a message, when it is absent), and
 * the misses, for working on them. Folio only (bench:extract prints the same figures beside
 * Readability's). Two worker processes at a time.
 *
 *   npm run bench:metadata -- [--limit N] [--misses N] [--field title|author|date]
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { CORPUS_DIR, corpusAvailable, loadCorpus } from './corpus';
import { accuracy, type ExtractedMetadata, type FieldResult, scorePage } from './metadata-score';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    misses: { type: 'string', default: '0' },
    field: { type: 'string' },
  },
});

if (!corpusAvailable()) {
  console.log(`Corpus: not found at ${CORPUS_DIR} (set FOLIO_CORPUS to its folder); nothing to measure.`);
  process.exit(0);
}

const WORKER = join(import.meta.dirname, 'extract-worker.ts');
const CHUNK = 40;
const PARALLEL = 2;
const run = promisify(execFile);

const pages = loadCorpus(['wcxb-dev'], values.limit ? Number(values.limit) : undefined).filter(
  (p) => p.title || p.author || p.published,
);
const chunks: string[][] = [];
for (let i = 0; i < pages.length; i += CHUNK) chunks.push(pages.slice(i, i + CHUNK).map((p) => p.id));
const meta = new Map<string, ExtractedMetadata>();
let next = 0;
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    while (next < chunks.length) {
      const ids = chunks[next++] as string[];
      const { stdout } = await run(process.execPath, [...process.execArgv, WORKER, 'wcxb-dev', ...ids], {
        env: { ...process.env, FOLIO_ONLY: '1' },
        maxBuffer: 1 << 30,
      });
      for (const line of stdout.split('\n').filter(Boolean)) {
        const { id, folio } = JSON.parse(line);
        meta.set(id, folio.meta);
      }
      process.stderr.write(`  ${meta.size}/${pages.length}\n`);
    }
  }),
);

const results: (FieldResult & { id: string })[][] = pages.map((page) =>
  scorePage(page, meta.get(page.id) ?? {}).map((r) => ({ ...r, id: page.id })),
);
const acc = accuracy(results);
console.log(`\nMetadata on wcxb-dev (${pages.length} annotated pages), Folio:\n`);
console.log('| field | right | annotated | accuracy |');
console.log('|---|---:|---:|---:|');
for (const [field, { correct, n }] of Object.entries(acc)) {
  console.log(`| ${field} | ${correct} | ${n} | ${((correct / n) * 100).toFixed(1)}% |`);
}
const misses = Number(values.misses);
if (misses) {
  const wrong = results.flat().filter((r) => !r.correct && (!values.field || r.field === values.field));
  console.log(`\nMisses (${wrong.length}; first ${misses}):`);
  for (const r of wrong.slice(0, misses)) {
    console.log(`${r.id} ${r.field}: expected ${JSON.stringify(r.expected)} got ${JSON.stringify(r.got)}`);
  }
}
