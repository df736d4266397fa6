/**
 * `npm test`: typecheck, lint, both builds, the Firefox lint, then every unit and end-to-end
 * test. Stops at the first failing step; ends with the test runner's summary line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const bin = (name: string) => `node_modules/.bin/${name}`;
const RESULTS = '.vitest-results.json';

const steps: [string, string, string[]][] = [
  ['generate WXT types', bin('wxt'), ['prepare']],
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('biome'), ['check', '.']],
  ['build chrome', bin('wxt'), ['build']],
  ['build firefox', bin('wxt'), ['build', '-b', 'firefox']],
  ['lint firefox build', process.execPath, ['scripts/lint-firefox.mjs']],
  [
    'unit and end-to-end tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}`],
  ],
];

rmSync(RESULTS, { force: true });
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    printSummary();
    process.exit(status || 1);
  }
}
printSummary();

function printSummary(): void {
  try {
    const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
    console.log(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  } catch {
    // No test ran (an earlier step failed): nothing to count.
  }
}
