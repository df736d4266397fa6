// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli';
import { toWebAnnotations } from '../../utils/backup';
import { createFolioDb, createHighlight, exportAll } from '../../utils/db';
import { applyImport, existingQuotes, prepareCopies, undoImport } from '../../utils/db/import-batch';
import { previewOf } from '../../utils/import/preview';
import { readImport } from '../../utils/import/read-import';

const DIR = resolve(import.meta.dirname, '../fixtures/imports');
const read = (name: string) => readImport(name, readFileSync(resolve(DIR, name)));

let n = 0;
const dbs: ReturnType<typeof createFolioDb>[] = [];
const openDb = () => {
  const db = createFolioDb(`folio-import-test-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const asText = (html: string) => ({ html, text: html.replace(/<[^>]*>/g, ' ') });

describe('reading each format as the tool writes it', () => {
  it.each([
    ['kindle-en.txt', { format: 'kindle', articles: 2, highlights: 2, notes: 1, duplicates: 0, rejected: [] }],
    ['kindle-zh.txt', { format: 'kindle', articles: 1, highlights: 1, notes: 1, duplicates: 0, rejected: [] }],
    [
      'hypothesis.json',
      {
        format: 'hypothesis',
        articles: 1,
        highlights: 2,
        notes: 1,
        duplicates: 0,
        rejected: [{ item: 'Annotation 3', reason: 'a page note, with no quoted passage.' }],
      },
    ],
    [
      'readwise.csv',
      {
        format: 'readwise',
        articles: 2,
        highlights: 3,
        notes: 1,
        duplicates: 0,
        rejected: [{ item: 'Row 4', reason: 'no highlight text.' }],
      },
    ],
    [
      'omnivore.zip',
      {
        format: 'omnivore',
        articles: 1,
        highlights: 2,
        notes: 1,
        duplicates: 0,
        rejected: [{ item: 'metadata_0_to_1.json, article 2', reason: 'no web address (url).' }],
      },
    ],
  ])('%s', (name, preview) => {
    expect(previewOf(read(name))).toEqual(preview);
  });

  it('keeps what each tool knew: Kindle notes on their highlight, Hypothesis selectors, Readwise colours, Omnivore labels', () => {
    const kindle = read('kindle-en.txt');
    expect(kindle.sources.map((s) => [s.title, s.author])).toEqual([
      ['Thinking, Fast and Slow', 'Daniel Kahneman'],
      ['The Art of Slow Reading', 'Thomas Newkirk'],
    ]);
    expect(kindle.highlights[0]?.note).toBe('Compare with the <b>mere exposure</b> effect.');
    expect(new Date(read('kindle-zh.txt').highlights[0]?.createdAt as number).getHours()).toBe(21);
    expect(read('hypothesis.json').highlights[0]?.selector).toEqual([
      { type: 'TextPositionSelector', start: 120, end: 176 },
      {
        type: 'TextQuoteSelector',
        exact: 'Slow reading is not about reading fewer words per minute',
        prefix: 'Chapter one. ',
        suffix: '; it is about',
      },
    ]);
    const readwise = read('readwise.csv');
    expect(readwise.highlights.map((h) => [h.color, h.tags])).toEqual([
      ['blue', ['reading', 'slow']],
      ['yellow', []],
      ['yellow', ['摘抄']],
    ]);
    expect(readwise.highlights[0]?.note).toBe('A note, with a comma\nand a second line');
    expect(read('omnivore.zip').sources[0]?.tags).toEqual(['reading', 'essays']);
  });

  it('reads a Chinese Kindle file saved as GB18030', () => {
    const batch = read('kindle-zh-gb18030.txt');
    expect(batch.sources[0]?.title).toBe('读书的方法');
    expect(batch.highlights[0]?.note).toBe('可以用在读书报告里。');
  });
});

describe('bad files change nothing and say why', () => {
  it.each([
    ['a truncated zip', () => readFileSync(resolve(DIR, 'omnivore.zip')).subarray(0, 300), /This zip cannot be read/],
    [
      'a zip bomb',
      () => zipSync({ 'metadata_0.json': new Uint8Array(70 * 1024 * 1024) }),
      /This zip cannot be read: .*(?:more than|zip bomb)/,
    ],
    ['a zip that is not Omnivore', () => zipSync({ 'readme.txt': strToU8('hello') }), /not an Omnivore export/],
    ['truncated JSON', () => strToU8('{"rows": [{"uri": "https://x.test"'), /not a complete JSON file/],
    ['some other file', () => strToU8('just some words'), /Folio does not know this file/],
  ])('%s', (_name, bytes, message) => {
    expect(() => readImport('file', bytes() as Uint8Array)).toThrow(message);
  });

  it('reads a 5 MB CSV whole', () => {
    const row = '"A highlight, with a comma",A Book,An Author,,a note,yellow,,location,1,2024-01-01,\n';
    const csv = `Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length))}`;
    const preview = previewOf(readImport('big.csv', strToU8(csv)));
    expect(preview.highlights).toBeGreaterThan(50_000);
    expect(preview.duplicates).toBe(preview.highlights - 1); // the same quote on the same book, once
  });
});

describe('importing into the library', () => {
  it('writes all of it, skips what the library already has, and Undo takes exactly that away', async () => {
    const db = openDb();
    await createHighlight(
      db,
      { url: 'https://example.com/slow-reading', title: 'Mine' },
      {
        target: {
          selector: [
            { type: 'TextQuoteSelector', exact: 'giving a text the attention it asks for', prefix: '', suffix: '' },
          ],
        },
        color: 'green',
        note: 'mine',
        tags: [],
      },
    );
    const before = await exportAll(db);
    const batch = read('hypothesis.json');
    expect(previewOf(batch, await existingQuotes(db, batch)).duplicates).toBe(1);
    const added = await applyImport(db, batch, await prepareCopies(batch, asText));
    expect(added).toMatchObject({ articleIds: [], highlightIds: [expect.any(String)] });
    const after = await exportAll(db);
    expect(after.articles).toHaveLength(1); // the page the library had: its title kept
    expect(after.articles[0]?.title).toBe('Mine');
    expect(after.highlights.map((h) => h.note).sort()).toEqual([
      'A note with <script>alert(1)</script> as text',
      'mine',
    ]);
    await undoImport(db, added);
    expect(await exportAll(db)).toEqual(before);
  });

  it("round-trips Folio's own Web Annotations exactly", async () => {
    const source = openDb();
    for (const [i, quote] of ['first quote', 'second quote'].entries()) {
      await createHighlight(
        source,
        { url: `https://example.com/${i}`, title: `T${i}` },
        {
          target: {
            selector: [
              { type: 'TextQuoteSelector', exact: quote, prefix: 'a', suffix: 'b' },
              { type: 'TextPositionSelector', start: 3, end: 14 },
            ],
          },
          color: i ? 'pink' : 'blue',
          note: i ? 'a note' : '',
          tags: i ? ['x', 'y'] : [],
        },
      );
    }
    const { articles, highlights } = await exportAll(source);
    const file = JSON.stringify(toWebAnnotations(articles, highlights));
    const target = openDb();
    const batch = readImport('annotations.jsonld', strToU8(file));
    await applyImport(target, batch, await prepareCopies(batch, asText));
    const again = await exportAll(target);
    expect(JSON.stringify(toWebAnnotations(again.articles, again.highlights))).toBe(file);
  });

  it('keeps an Omnivore article whole, sanitized by the caller, with its labels and highlights', async () => {
    const db = openDb();
    const batch = read('omnivore.zip');
    const progress: number[] = [];
    const copies = await prepareCopies(
      batch,
      (html) => asText(html.replace(/<script[^>]*>[^<]*<\/script>/g, '')),
      (done) => progress.push(done),
    );
    expect(progress.at(-1)).toBe(batch.sources.length);
    await applyImport(db, batch, copies);
    const [article] = (await exportAll(db)).articles;
    expect(article).toMatchObject({
      url: 'https://example.com/slow-reading',
      title: 'On Slow Reading',
      byline: 'Ada Gardener',
      tags: ['reading', 'essays'],
    });
    expect(article?.savedContent?.html).not.toContain('<script');
  });
});

describe('folio import --dry-run', () => {
  const run = async (...args: string[]) => {
    let out = '';
    let err = '';
    const sink = (write: (s: string) => void) =>
      new Writable({
        write(chunk, _enc, done) {
          write(String(chunk));
          done();
        },
      });
    const code = await main(['import', ...args], sink((s) => (out += s)) as never, sink((s) => (err += s)) as never);
    return { code, out, err };
  };

  it('prints the preview as JSON', async () => {
    const { code, out } = await run(resolve(DIR, 'kindle-en.txt'), '--dry-run', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      format: 'kindle',
      articles: 2,
      highlights: 2,
      notes: 1,
      duplicates: 0,
      rejected: [],
    });
  });

  it('exits non-zero with a message on an unreadable file', async () => {
    const missing = await run(resolve(DIR, 'nope.txt'), '--dry-run', '--format', 'json');
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toMatch(/no such file/);
    const bad = await run(resolve(DIR, '../pages/zh-essay.html'), '--dry-run', '--format', 'json');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Folio does not know this file/);
  });
});
