import { inflateSync } from 'node:zlib';

/**
 * What a printed PDF holds, read without a PDF library: its objects as written, and its
 * compressed streams inflated (Chrome writes its pages' drawing compressed; Firefox also packs the
 * page objects themselves into compressed object streams).
 */
function pdfTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const texts = [raw];
  for (const start of raw.matchAll(/stream\r?\n/g)) {
    const from = start.index + start[0].length;
    try {
      texts.push(inflateSync(pdf.subarray(from, raw.indexOf('endstream', from))).toString('latin1'));
    } catch {
      // not a compressed stream (a picture, a font program): nothing to read in it
    }
  }
  return texts;
}

/** How many pages: each is one "/Type /Page" object ("/Type /Pages" is their list). */
export function pdfPageCount(pdf: Buffer): number {
  return pdfTexts(pdf).reduce((count, text) => count + (text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0), 0);
}

/** The fill colours (r g b, 0 to 1, as the PDF writes them) its pages are drawn with. */
export function pdfFillColours(pdf: Buffer): string[] {
  const colours = new Set<string>();
  for (const text of pdfTexts(pdf).slice(1)) {
    for (const fill of text.matchAll(/([\d.]+ [\d.]+ [\d.]+) rg\b/g)) colours.add(fill[1] as string);
  }
  return [...colours];
}
