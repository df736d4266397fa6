// @vitest-environment node
/**
 * Golden tests, in the manner of Readability's test-pages: every fixture page has its expected
 * text and metadata in tests/fixtures/expected/, so every change to extraction shows as a diff.
 * After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/unit/extract-golden.test.ts,
 * then read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { decodeHtml } from '../../utils/encoding';
import { extractArticle } from '../../utils/extract';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const EXPECTED = resolve(import.meta.dirname, '../fixtures/expected');
const update = process.env.UPDATE_GOLDEN === '1';

/** The URL each fixture pretends to come from (relative links resolve against it). */
const urlFor = (name: string) => `https://fixtures.folio.test/${name}.html`;

function extract(name: string) {
  const html = decodeHtml(readFileSync(join(PAGES, `${name}.html`))).text;
  return extractArticle(parseHtml(html, urlFor(name)), { url: urlFor(name) });
}

function goldenOf(result: ReturnType<typeof extract>) {
  if (!result.ok) return { metadata: { ok: false, reason: result.reason }, text: '', html: '' };
  const { content, textContent, ...metadata } = result.article;
  return { metadata: { ok: true, ...metadata }, text: `${textContent}\n`, html: `${content}\n` };
}

const names = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort();

describe('extraction golden files', () => {
  it.each(names)('%s', (name) => {
    const actual = goldenOf(extract(name));
    const metadataFile = join(EXPECTED, `${name}.json`);
    const textFile = join(EXPECTED, `${name}.txt`);
    const htmlFile = join(EXPECTED, `${name}.html`);
    if (update || !existsSync(metadataFile)) {
      writeFileSync(metadataFile, `${JSON.stringify(actual.metadata, null, 2)}\n`);
      writeFileSync(textFile, actual.text);
      writeFileSync(htmlFile, actual.html);
      if (!update) throw new Error(`No golden files for ${name}: written now, review and commit them.`);
    }
    expect(actual.metadata).toEqual(JSON.parse(readFileSync(metadataFile, 'utf8')));
    expect(actual.text).toBe(readFileSync(textFile, 'utf8'));
    expect(actual.html).toBe(readFileSync(htmlFile, 'utf8'));
  });
});
