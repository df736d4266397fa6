/**
 * `npm run bench:anchor`: re-anchor 1,000 highlights on a 300,000-character document, first
 * unchanged, then with 10% of their quotes edited; against a plain exact-search baseline
 * (indexOf of the quote) in the same run. Counts how many land on the right words, how many are
 * reported as orphans, and how many are misplaced (the one number that must be 0). Then the
 * printer's copy of that document with its 1,000 highlights marked (made as printing begins),
 * against a plain copy of the article (cloneNode) in the same run.
 */
import { JSDOM } from 'jsdom';
import { anchor, buildTextIndex, describe, rangeFromOffsets } from '../utils/anchor';
import type { Selector } from '../utils/db/types';
import { printCopyWithMarks } from '../utils/paint/print-copy';

const HIGHLIGHTS = 1000;
const TARGET_LENGTH = 300_000;

// A deterministic generator, so every run measures the same document.
let seed = 42;
const random = () => {
  // mulberry32: 32-bit integer arithmetic throughout (a float LCG loses bits and cycles early).
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;

const PHRASES = [
  '读书是一个人精神成长的重要途径',
  '近年来，随着手机阅读和短视频的普及',
  '青年获取信息的方式发生了深刻变化',
  '碎片化阅读越来越多，系统阅读却越来越少',
  '学校和单位可以设立读书角',
  '定期举办读书分享会',
  'Slow reading is not about reading fewer words per minute',
  'it is about giving a text the attention it asks for',
  '边读边划重点，读后写下自己的体会',
  '把书中的道理与自己的实际联系起来',
];
function paragraph(i: number): string {
  const parts: string[] = [`第${i + 1}段：`];
  const n = 4 + Math.floor(random() * 6);
  for (let j = 0; j < n; j++)
    parts.push(`${pick(PHRASES)}${random() < 0.5 ? '，' : '。'}${Math.floor(random() * 1000)}号`);
  return parts.join('');
}
const paragraphs: string[] = [];
for (let i = 0, length = 0; length < TARGET_LENGTH; i++) {
  const p = paragraph(i);
  paragraphs.push(p);
  length += p.length;
}
const dom = new JSDOM(`<body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body>`);
const doc = dom.window.document;
const root = doc.body;
const index = buildTextIndex(root);
console.log(`Document: ${index.text.length} characters, ${paragraphs.length} paragraphs; ${HIGHLIGHTS} highlights.`);

// Highlights: random spans of 8–80 characters.
interface Made {
  selectors: Selector[];
  start: number;
  end: number;
}
const made: Made[] = [];
while (made.length < HIGHLIGHTS) {
  const start = Math.floor(random() * (index.text.length - 100));
  const end = start + 8 + Math.floor(random() * 72);
  const range = rangeFromOffsets(index, start, end) as Range;
  const selectors = describe(root, range, index);
  if (selectors) made.push({ selectors, start, end });
}

function runFolio(target: Element, expected: (m: Made) => { start: number; end: number } | undefined) {
  const t0 = performance.now();
  const targetIndex = buildTextIndex(target);
  const results = made.map((m) => anchor(target, m.selectors, targetIndex));
  const ms = performance.now() - t0;
  return { ms, ...tally(results, expected) };
}

function runBaseline(target: Element, expected: (m: Made) => { start: number; end: number } | undefined) {
  const t0 = performance.now();
  const text = buildTextIndex(target).text;
  const results = made.map((m) => {
    const exact = (m.selectors[0] as { exact: string }).exact;
    const at = text.indexOf(exact);
    return at < 0 ? undefined : { start: at, end: at + exact.length };
  });
  const ms = performance.now() - t0;
  return { ms, ...tally(results, expected) };
}

function tally(
  results: ({ start: number; end: number } | undefined)[],
  expected: (m: Made) => { start: number; end: number } | undefined,
) {
  let right = 0;
  let orphans = 0;
  let misplaced = 0;
  results.forEach((r, i) => {
    const want = expected(made[i] as Made);
    if (!r) orphans++;
    else if (want && overlap(r, want) >= 0.8) right++;
    else misplaced++;
  });
  return { right, orphans, misplaced };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

const rows: string[] = [];
const report = (name: string, r: { ms: number; right: number; orphans: number; misplaced: number }) =>
  rows.push(`| ${name} | ${r.ms.toFixed(0)} | ${r.right} | ${r.orphans} | ${r.misplaced} |`);

// 1. Unchanged document: best of 3 runs each (the first warms the JIT).
const best = <T extends { ms: number }>(f: () => T) => [f(), f(), f()].sort((a, b) => a.ms - b.ms)[0] as T;
const unchanged = (m: Made) => ({ start: m.start, end: m.end });
const folioSame = best(() => runFolio(root, unchanged));
const baseSame = best(() => runBaseline(root, unchanged));
report('Folio, unchanged', folioSame);
report('exact search, unchanged', baseSame);

// 2. Edited: 10% of the highlights get one character of their quote replaced, and 2,000
//    characters are inserted at the top, so every position is stale.
const edited = new Set<number>();
while (edited.size < HIGHLIGHTS / 10) edited.add(Math.floor(random() * HIGHLIGHTS));
let text = index.text;
const editsAt: number[] = [];
for (const i of [...edited].sort((a, b) => (made[b] as Made).start - (made[a] as Made).start)) {
  const m = made[i] as Made;
  const at = m.start + Math.floor((m.end - m.start) / 2);
  text = `${text.slice(0, at)}◆${text.slice(at + 1)}`;
  editsAt.push(at);
}
const INSERTED = '编者按：'.repeat(500);
const editedDom = new JSDOM(`<body><p>${INSERTED}</p><p>${text}</p></body>`);
// Expected place: shifted by the insertion (the edit keeps lengths). A quote that another
// highlight's edit touched is still "right" at its shifted place.
const shifted = (m: Made) => ({ start: m.start + INSERTED.length, end: m.end + INSERTED.length });
const folioEdited = runFolio(editedDom.window.document.body, shifted);
const baseEdited = runBaseline(editedDom.window.document.body, shifted);
report('Folio, 10% of quotes edited', folioEdited);
report('exact search, 10% of quotes edited', baseEdited);

console.log('\n| run | ms for 1,000 | right words | orphans | misplaced |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
const ratio = folioSame.ms / baseSame.ms;
console.log(
  `\nUnchanged: ${folioSame.right}/${HIGHLIGHTS} exact; time ${ratio.toFixed(2)}× the exact-search baseline (target ≤ 3×).`,
);
console.log(
  `Edited: ${folioEdited.misplaced} misplaced (target 0); ${folioEdited.right} right, ${folioEdited.orphans} orphans.`,
);
// 3. The printer's copy, its 1,000 highlights marked, against a plain clone of the article.
(globalThis as { NodeFilter?: unknown }).NodeFilter ??= dom.window.NodeFilter;
const paintItems = made.map((m, i) => ({
  color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5] ?? 'yellow',
  range: rangeFromOffsets(index, m.start, m.end) as Range,
}));
const timed = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const bestMs = (f: () => unknown) => Math.min(...Array.from({ length: 5 }, () => timed(f)));
const cloneMs = bestMs(() => root.cloneNode(true));
let markCount = 0;
const printMs = bestMs(() => {
  markCount = printCopyWithMarks(root as HTMLElement, paintItems).querySelectorAll('mark').length;
});
console.log(
  `\nPrint copy with ${HIGHLIGHTS} highlights marked (${markCount} marks): ${printMs.toFixed(0)} ms; a plain clone of the article ${cloneMs.toFixed(0)} ms; ${(printMs / cloneMs).toFixed(1)}× (target ≤ 10×: each mark is an element with its own style, slow in jsdom).`,
);

// DEBUG_ANCHOR=1: show the first misplaced highlights, to see why.
if (process.env.DEBUG_ANCHOR) {
  const target = editedDom.window.document.body;
  const ti = buildTextIndex(target);
  let shown = 0;
  made.forEach((m, i) => {
    const r = anchor(target, m.selectors, ti);
    const want = shifted(m);
    if (r && overlap(r, want) < 0.8 && shown++ < 5) {
      const found = JSON.stringify(ti.text.slice(r.start, r.end));
      console.log(
        edited.has(i) ? 'edited' : 'unedited',
        r.method,
        found,
        'want',
        JSON.stringify(ti.text.slice(want.start, want.end)),
      );
    }
  });
}
// SLOW_ANCHOR=1: the slowest highlights of the edited run, to see which path costs the time.
if (process.env.SLOW_ANCHOR) {
  const target = editedDom.window.document.body;
  const ti = buildTextIndex(target);
  const times = made.map((m, i) => {
    const t0 = performance.now();
    const r = anchor(target, m.selectors, ti);
    return {
      ms: performance.now() - t0,
      i,
      method: r?.method,
      q: (m.selectors[0] as { exact: string }).exact,
      edited: edited.has(i),
    };
  });
  times.sort((a, b) => b.ms - a.ms);
  console.log(times.slice(0, 8));
  console.log('over 10 ms:', times.filter((t) => t.ms > 10).length);
}
