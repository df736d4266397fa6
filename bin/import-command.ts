import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { previewOf } from '../utils/import/preview';
import { readImport } from '../utils/import/read-import';

export const IMPORT_USAGE = `Usage: folio import <file> --dry-run [--format json|text]

Reads an export from another tool (Omnivore zip, Kindle "My Clippings.txt", Hypothesis JSON,
Readwise CSV, Folio's Web Annotations) and prints what importing it would bring: articles (books
for Kindle and Readwise), highlights, notes, duplicates within the file, and what was left out
and why. Importing itself is done in Folio's library (Import), where it can be undone.`;

/** `folio import`: the preview, as the library shows it before writing; exits 1 on an unreadable file. */
export async function importCommand(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  let values: { 'dry-run'?: boolean; format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    err.write(`folio: ${(error as Error).message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    out.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const [file, ...rest] = positionals;
  const problem = !file
    ? 'missing <file>'
    : rest.length
      ? `unexpected argument "${rest[0]}"`
      : !values['dry-run']
        ? "only --dry-run is possible here: import in Folio's library"
        : !['json', 'text'].includes(values.format ?? '')
          ? '--format must be json or text'
          : undefined;
  if (problem) {
    err.write(`folio: ${problem}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file as string);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    err.write(`folio: ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return 1;
  }
  try {
    const preview = previewOf(readImport(file as string, bytes));
    if (values.format === 'json') out.write(`${JSON.stringify(preview, null, 2)}\n`);
    else {
      out.write(
        `${preview.format}: ${preview.articles} articles, ${preview.highlights} highlights, ${preview.notes} notes, ${preview.duplicates} duplicates, ${preview.rejected.length} left out\n`,
      );
      for (const r of preview.rejected) out.write(`  ${r.item}: ${r.reason}\n`);
    }
    return 0;
  } catch (error) {
    err.write(`folio: ${file}: ${(error as Error).message}\n`);
    return 1;
  }
}
