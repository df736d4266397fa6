/**
 * `npm run bench:import`: reading and importing the exports of other tools, generated in the
 * run (nothing outside the repo is read): a 1,000-article Omnivore zip (a saved copy and 5
 * highlights each) and a 5,000-clipping Kindle file. Parse + preview, then the import into an
 * empty database (fake-indexeddb in Node, the same Dexie code the library runs), time and the
 * memory peak (heap used), against parsing a JSON backup of the same size as the baseline.
 */
import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { createFolioDb } from '../utils/db';
import { applyImport, existingQuotes, prepareCopies } from '../utils/db/import-batch';
import { previewOf } from '../utils/import/preview';
import { readImport } from '../utils/import/read-import';

const PARAGRAPH = '读书是一个人精神成长的重要途径，边读边划重点，读后写下自己的体会，日积月累，收获自然可观。';

function omnivoreZip(articles: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const meta = [];
  for (let i = 0; i < articles; i++) {
    const slug = `article-${i}`;
    meta.push({
      id: String(i),
      slug,
      title: `第${i}篇文章`,
      author: '作者',
      url: `https://example.com/a/${i}`,
      labels: ['reading'],
      savedAt: '2024-03-01T10:00:00Z',
    });
    files[`content/${slug}.html`] = strToU8(
      `<article>${Array.from({ length: 20 }, (_, p) => `<p>第${p}段：${PARAGRAPH}</p>`).join('')}</article>`,
    );
    files[`highlights/${slug}.md`] = strToU8(
      Array.from(
        { length: 5 },
        (_, h) =>
          `> 第${h * 3}段：${PARAGRAPH} [⤴️](https://omnivore.app/me/${slug}#${h})\n\n${h % 2 ? '一条批注' : ''}`,
      ).join('\n\n'),
    );
  }
  for (let b = 0; b < articles; b += 50)
    files[`metadata_${b}_to_${b + 49}.json`] = strToU8(JSON.stringify(meta.slice(b, b + 50)));
  return zipSync(files, { level: 6 });
}

function kindleClippings(count: number): Uint8Array {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const book = `Book ${i % 40} (Author ${i % 40})`;
    entries.push(
      `${book}\n- Your Highlight on page ${i} | location ${i * 10}-${i * 10 + 3} | Added on Monday, March 4, 2024 9:15:02 PM\n\nClipping ${i}: ${'slow reading is a skill worth keeping. '.repeat(3)}\n==========`,
    );
    if (i % 5 === 0)
      entries.push(
        `${book}\n- Your Note on page ${i} | location ${i * 10 + 3} | Added on Monday, March 4, 2024 9:16:02 PM\n\nA note on clipping ${i}.\n==========`,
      );
  }
  return strToU8(`${entries.join('\n')}\n`);
}

async function measure(label: string, name: string, bytes: Uint8Array) {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const t0 = performance.now();
  const batch = readImport(name, bytes);
  const db = createFolioDb(`folio-bench-import-${label}`);
  const preview = previewOf(batch, await existingQuotes(db, batch));
  const t1 = performance.now();
  await applyImport(db, batch, await prepareCopies(batch, (html) => ({ html, text: html.replace(/<[^>]*>/g, ' ') })));
  const t2 = performance.now();
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  await db.delete();
  console.log(
    `| ${label} (${(bytes.length / 1024 / 1024).toFixed(1)} MB) | ${preview.articles} / ${preview.highlights} / ${preview.notes} | ${(t1 - t0).toFixed(0)} | ${(t2 - t1).toFixed(0)} | ${((peak - heap0) / 1024 / 1024).toFixed(0)} MB |`,
  );
}

console.log('| file | articles / highlights / notes | read + preview, ms | import, ms | heap peak above start |');
console.log('|---|---|---:|---:|---:|');
await measure('Omnivore, 1,000 articles', 'omnivore.zip', omnivoreZip(1000));
await measure('Kindle, 5,000 clippings', 'My Clippings.txt', kindleClippings(5000));
const backupBaseline = strToU8(
  JSON.stringify({ items: Array.from({ length: 5000 }, (_, i) => ({ i, text: PARAGRAPH.repeat(3) })) }),
);
const t0 = performance.now();
JSON.parse(new TextDecoder().decode(backupBaseline));
console.log(
  `\nBaseline: parsing ${(backupBaseline.length / 1024 / 1024).toFixed(1)} MB of JSON: ${(performance.now() - t0).toFixed(0)} ms.`,
);
