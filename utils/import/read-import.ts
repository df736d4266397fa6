import { parseHypothesis } from './hypothesis';
import { parseKindleClippings } from './kindle';
import { parseOmnivoreZip } from './omnivore';
import { parseReadwiseCsv } from './readwise';
import type { ImportBatch } from './types';
import { parseWebAnnotations } from './web-annotations';

/** Bigger than this, a file is refused before it is read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Any import file, by what it is (a zip, a CSV with Readwise's columns, JSON from Hypothesis or
 * Folio's own Web Annotations, Kindle's clippings): read whole, or refused with a sentence that
 * says why. Text is UTF-8, else GB18030 (an older Chinese Kindle or an edited file).
 */
export function readImport(name: string, bytes: Uint8Array): ImportBatch {
  if (bytes.length > MAX_IMPORT_BYTES) throw new Error(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return parseOmnivoreZip(bytes);
  const text = decodeText(bytes);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch (error) {
      throw new Error(`This is not a complete JSON file (it may be truncated): ${(error as Error).message}`);
    }
    if ((data as { type?: unknown })?.type === 'AnnotationCollection') return parseWebAnnotations(data);
    return parseHypothesis(data);
  }
  if (/^\uFEFF?"?Highlight"?,/.test(text)) return parseReadwiseCsv(text);
  if (/\n={10}\s*(?:\n|$)/.test(text) || /\.txt$/i.test(name)) return parseKindleClippings(text);
  throw new Error(
    'Folio does not know this file: import an Omnivore zip, Kindle "My Clippings.txt", Hypothesis JSON, a Readwise CSV or Folio\'s Web Annotations.',
  );
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
