/**
 * `npm run bench:read-aloud`: what pressing Play costs before the first word (the article's
 * blocks found, their words mapped to the text nodes, the first one cut into utterances; the
 * others are cut as the voice comes to them), on articles built to
 * make it slow, each against a normal article of the same length in the same run. In jsdom:
 * the same DOM walk and string work as in the reader, not the browser's own speed.
 *
 * Hostile shapes: a million Chinese characters without a stop, a million letters without a space,
 * half a million one-letter words, 100,000 one-character paragraphs, words in marks nested 10,000
 * deep. Prints the median of 3 runs per article and the worst ratio. Reads nothing outside the repo.
 */
import { parseHtml } from '../bin/parse-html';
import { speakableBlocks } from '../components/reader/listen/speakable-blocks';
import { chunkStarts, speechChunks } from '../utils/narrate/speech-chunks';
import { percentile } from './stats';

const RUNS = 3;
const SENTENCE = '这是正文的一段，讲述了作者的经历和感受，内容充实，值得一读。';

/** An article of plain paragraphs with about `length` characters of text. */
function normalArticle(length: number): string {
  const paragraph = `<p>${SENTENCE.repeat(6)}</p>`;
  return `<article>${paragraph.repeat(Math.max(1, Math.round(length / (SENTENCE.length * 6))))}</article>`;
}

/**
 * Each hostile article, and what it is measured against: a normal article of the same length of
 * text, or, where the attack is in the number of elements, the same shape ten times smaller
 * (times ten: a ratio near 1 is linear growth, far above 1 is worse).
 */
const hostile: { name: string; html: string; against: { textLength: number } | { tenth: string } }[] = [
  {
    name: '1,000,000 Chinese characters, no stop',
    html: `<article><p>${'字'.repeat(1_000_000)}</p></article>`,
    against: { textLength: 1_000_000 },
  },
  {
    name: '1,000,000 letters, no space',
    html: `<article><p>${'a'.repeat(1_000_000)}</p></article>`,
    against: { textLength: 1_000_000 },
  },
  {
    name: '500,000 one-letter words',
    html: `<article><p>${'a '.repeat(500_000)}</p></article>`,
    against: { textLength: 1_000_000 },
  },
  {
    name: '100,000 one-character paragraphs',
    html: `<article>${'<p>字</p>'.repeat(100_000)}</article>`,
    against: { tenth: `<article>${'<p>字</p>'.repeat(10_000)}</article>` },
  },
  {
    name: 'words in marks nested 10,000 deep',
    html: `<article><p>${'<b>词 '.repeat(10_000)}${'</b>'.repeat(10_000)}</p></article>`,
    against: { tenth: `<article><p>${'<b>词 '.repeat(1_000)}${'</b>'.repeat(1_000)}</p></article>` },
  },
];

/** Milliseconds from Play to the utterances ready, median of RUNS (parsing excluded). */
function prepare(html: string): { ms: number; utterances: number; blocks: number } {
  const times: number[] = [];
  let utterances = 0;
  let blockCount = 0;
  for (let run = 0; run < RUNS; run++) {
    const doc = parseHtml(`<!doctype html><html lang="zh-CN"><body>${html}</body></html>`);
    const article = doc.querySelector('article') as Element;
    const t0 = performance.now();
    // As Play does: the blocks, then the first block's utterances (the others as the voice comes).
    const blocks = speakableBlocks(article);
    const first = speechChunks(blocks[0]?.text ?? '', 'zh');
    chunkStarts(blocks[0]?.text ?? '', first);
    times.push(performance.now() - t0);
    utterances = first.length;
    blockCount = blocks.length;
    // (Not closed: jsdom's close recurses through the 10,000 nested marks and overflows its stack.)
  }
  return { ms: percentile(times, 0.5), utterances, blocks: blockCount };
}

console.log('Read aloud, Play to the first utterance ready (jsdom, median of 3):\n');
console.log("| article | blocks | first block's utterances | ms | against, ms | ratio |");
console.log('|---|---:|---:|---:|---:|---:|');
let worst = 0;
for (const row of hostile) {
  const attack = prepare(row.html);
  const against =
    'textLength' in row.against
      ? { label: 'normal article of its length', ms: prepare(normalArticle(row.against.textLength)).ms }
      : { label: '10 × a tenth of it', ms: 10 * prepare(row.against.tenth).ms };
  const ratio = attack.ms / against.ms;
  worst = Math.max(worst, ratio);
  console.log(
    `| ${row.name} | ${attack.blocks.toLocaleString('en')} | ${attack.utterances.toLocaleString('en')} | ${attack.ms.toFixed(0)} | ${against.ms.toFixed(0)} (${against.label}) | ${ratio.toFixed(2)}× |`,
  );
}
console.log(`\nWorst ratio: ${worst.toFixed(2)}×`);
