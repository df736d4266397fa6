// Lints the Firefox build with web-ext (offline) and fails on any error; warnings are printed.
import { spawnSync } from 'node:child_process';

const dir = '.output/firefox-mv3';
const run = spawnSync('node_modules/.bin/web-ext', ['lint', '--source-dir', dir, '--output', 'json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error(`web-ext lint produced no report for ${dir}: build it with "npm run build:firefox".`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors === 0 ? 0 : 1);
