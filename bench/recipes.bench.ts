/**
 * `npm run bench:recipes -- DIR`: how much of a recipe the article keeps, on real recipe pages.
 * DIR is the test data of a checkout of the recipe-scrapers project (github.com/hhursev/
 * recipe-scrapers, MIT: `tests/test_data`, a page's HTML beside the ingredients and steps its
 * scraper reads from it). Not in this repository: without DIR the bench says so and stops.
 * Counts, for Folio and for Readability alone, the ingredients and steps that the page shows
 * (found in its text) and the article holds; and the pages whose card's yield (in the words of the
 * data: "4 servings") and summary the page shows and the article (or its standfirst) holds. And
 * the metadata: the title, on pages whose <h1> is the recipe's name as the data gives it, and the
 * byline against the data's author (normalized as bench:metadata does). Two worker processes at a
 * time.
 *
 *   npm run bench:recipes -- ~/recipe-scrapers/tests/test_data [--limit N] [--losses N]
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, losses: { type: 'string', default: '0' } },
});
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  console.log('Recipe pages: give the test_data folder of a recipe-scrapers checkout; nothing to measure.');
  process.exit(0);
}

const files = (readdirSync(dir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.testhtml') && existsSync(join(dir, f.replace(/\.testhtml$/, '.json'))))
  .sort()
  .map((f) => join(dir, f))
  .slice(0, values.limit ? Number(values.limit) : undefined);

const WORKER = join(import.meta.dirname, 'recipes-worker.ts');
const CHUNK = 25;
const PARALLEL = 2;
const run = promisify(execFile);

interface Counts {
  ingredients: number;
  steps: number;
  yield: number;
  summary: number;
  title: number;
  author: number;
  article: boolean;
}
type Part = 'ingredients' | 'steps' | 'yield' | 'summary' | 'title' | 'author';
interface Row {
  file: string;
  shown: Record<Part, number>;
  folio: Counts;
  readability: Counts;
}

const rows: Row[] = [];
const chunks: string[][] = [];
for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
let next = 0;
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as string[];
      const { stdout } = await run(process.execPath, [...process.execArgv, WORKER, ...chunk], { maxBuffer: 1 << 30 });
      for (const line of stdout.split('\n').filter(Boolean)) rows.push(JSON.parse(line));
      process.stdout.write(`  ${rows.length}/${files.length}\r`);
    }
  }),
);

const share = (kept: number, shown: number) => (shown ? `${((100 * kept) / shown).toFixed(1)}%` : '–');
console.log(`\nRecipe pages: ${rows.length} (${dir})\n`);
console.log(
  '| | ingredients kept | pages with every ingredient | steps kept | pages with every step | yield kept | summary kept | title (an <h1> names the recipe) | author as the data names it | no article |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const who of ['folio', 'readability'] as const) {
  const sum = (part: Part, of: 'shown' | typeof who) =>
    rows.reduce((total, row) => total + (of === 'shown' ? row.shown[part] : row[who][part]), 0);
  const whole = (part: 'ingredients' | 'steps') => {
    const showing = rows.filter((row) => row.shown[part] > 0);
    return `${showing.filter((row) => row[who][part] === row.shown[part]).length}/${showing.length}`;
  };
  console.log(
    `| ${who === 'folio' ? 'Folio' : 'Readability'} | ${share(sum('ingredients', who), sum('ingredients', 'shown'))} | ${whole('ingredients')} | ${share(sum('steps', who), sum('steps', 'shown'))} | ${whole('steps')} | ${sum('yield', who)}/${sum('yield', 'shown')} | ${sum('summary', who)}/${sum('summary', 'shown')} | ${sum('title', who)}/${sum('title', 'shown')} | ${sum('author', who)}/${sum('author', 'shown')} | ${rows.filter((row) => !row[who].article).length} |`,
  );
}
const losses = rows
  .filter((row) => row.folio.ingredients < row.shown.ingredients || row.folio.steps < row.shown.steps)
  .slice(0, Number(values.losses));
for (const row of losses) {
  console.log(
    `${row.file.slice(dir.length + 1)}: ingredients ${row.folio.ingredients}/${row.shown.ingredients}, steps ${row.folio.steps}/${row.shown.steps}`,
  );
}
