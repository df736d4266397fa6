import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the project's source, where it was found. */
export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** A `new RegExp(…)` whose pattern is not a literal: the checker cannot see it. */
export interface DynamicRegex {
  file: string;
  line: number;
  text: string;
}

const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'bin', 'scripts'];

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:ts|tsx|mts|mjs)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return files;
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

/**
 * Every regular expression literal and every `new RegExp('literal')` in the shipped source
 * (and its scripts), read with TypeScript's parser so that comments and strings are not taken
 * for patterns. A `RegExp` built from anything but literals is returned apart, so a test can
 * refuse it: what the checker cannot read, it cannot vouch for.
 */
export function collectRegexes(root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of sourceFiles(root)) {
    const text = readFileSync(path, 'utf8');
    const sf = ts.createSourceFile(
      path,
      text,
      ts.ScriptTarget.Latest,
      true,
      path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const file = relative(root, path);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const end = literal.lastIndexOf('/');
        found.push({ file, line: lineOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const source = literalText(patternArg);
        const flags = flagsArg === undefined ? '' : literalText(flagsArg);
        if (source !== undefined && flags !== undefined) found.push({ file, line: lineOf(node), source, flags });
        else dynamic.push({ file, line: lineOf(node), text: node.getText(sf) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/**
 * The pattern with its lookarounds removed. recheck's automaton cannot analyse lookarounds, and
 * its fuzzer can miss an attack that must also satisfy one (`^(?=.*页)(?:\d+)+$` went unflagged),
 * so patterns that have them are checked a second time without: dropping a lookaround only
 * widens what the rest may be asked to match, so the backtracking it could do is all still there.
 */
export function withoutLookarounds(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    const lookaround = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
    if (c === '(' && lookaround) {
      i = closingParen(source, i);
      continue;
    }
    out += c;
  }
  return out;
}

/** The index of the `)` that closes the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

export interface ReDoSVerdict {
  safe: boolean;
  /** How it was decided, and the attack string when there is one. */
  detail: string;
}

/**
 * Asks recheck whether a pattern can backtrack super-linearly. The automaton checker is exact for
 * patterns without lookarounds and back-references, so it reads the lookaround-free version
 * first; where it cannot decide in time (large bounded repeats such as `.{0,180}` blow up its
 * automaton), recheck's fuzzer tries the pattern as written, with a fixed seed.
 */
export async function checkReDoS(source: string, flags: string): Promise<ReDoSVerdict> {
  const { check } = await import('recheck');
  const exact = await check(withoutLookarounds(source), flags, { checker: 'automaton', timeout: 3000 });
  // A fixed seed: the fuzzer draws its inputs at random, and a pattern it passes once must pass on
  // every run (unseeded, one run found a slow input for a pattern that many runs had passed).
  // Its limits are counted in the matcher's steps, not milliseconds: with its default clocks
  // (250 ms to grow an input, 1 s to try an attack) a busy machine could decide differently than
  // an idle one. The step limit for an attack is well above what a linear pattern takes on the
  // fuzzer's longest input, and well below what a backtracking one does (it is flagged in ms).
  const fuzz = {
    checker: 'fuzz',
    randomSeed: 20261130,
    incubationTimeout: null,
    seedingTimeout: null,
    attackTimeout: null,
    attackLimit: 100_000_000,
    // Only a guard against a hang: the fuzzer takes under 2 s on every pattern the source has.
    timeout: 60_000,
  } as const;
  const verdict = exact.status === 'unknown' ? await check(source, flags, fuzz) : exact;
  if (verdict.status === 'safe') return { safe: true, detail: `safe (${verdict.checker})` };
  if (verdict.status === 'vulnerable')
    return { safe: false, detail: `${verdict.complexity.summary}: attack ${verdict.attack.pattern}` };
  return { safe: false, detail: `undecided: ${verdict.error.kind}` };
}
