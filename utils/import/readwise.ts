import Papa from 'papaparse';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/types';
import { bookUrl, type ImportBatch, type ImportedSource, quoteSelector } from './types';

/**
 * Readwise's CSV export: one highlight a row, with "Highlight", "Book Title", "Book Author",
 * "Note", "Color", "Tags", "Highlighted at" (and "Document tags"). Parsed with Papa Parse (quotes,
 * commas and line breaks inside fields). Each book or article becomes a source without a URL.
 */
export function parseReadwiseCsv(text: string): ImportBatch {
  const batch: ImportBatch = { format: 'readwise', sources: [], highlights: [], rejected: [] };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('Highlight') || !fields.includes('Book Title'))
    throw new Error('This is not a Readwise CSV export (no "Highlight" and "Book Title" columns).');
  const sources = new Map<string, ImportedSource>();
  parsed.data.forEach((row, i) => {
    const item = `Row ${i + 2}`;
    const quote = (row.Highlight ?? '').trim();
    const title = (row['Book Title'] ?? '').trim();
    if (!quote) {
      batch.rejected.push({ item, reason: 'no highlight text.' });
      return;
    }
    if (!title) {
      batch.rejected.push({ item, reason: 'no book or article title.' });
      return;
    }
    const author = (row['Book Author'] ?? '').trim() || undefined;
    const key = `${title}\u0000${author ?? ''}`;
    if (!sources.has(key)) {
      const tags = splitTags(row['Document tags']);
      const source = { key, url: bookUrl(title, author), title, ...(author ? { author } : {}), tags };
      sources.set(key, source);
      batch.sources.push(source);
    }
    const color = (row.Color ?? '').trim().toLowerCase();
    const at = Date.parse(row['Highlighted at'] ?? '');
    batch.highlights.push({
      sourceKey: key,
      selector: [quoteSelector(quote)],
      note: (row.Note ?? '').trim(),
      tags: splitTags(row.Tags),
      color: HIGHLIGHT_COLORS.includes(color as HighlightColor) ? (color as HighlightColor) : 'yellow',
      ...(Number.isFinite(at) ? { createdAt: at } : {}),
    });
  });
  for (const error of parsed.errors.slice(0, 20)) {
    batch.rejected.push({ item: `Row ${(error.row ?? 0) + 2}`, reason: error.message });
  }
  return batch;
}

const splitTags = (value: string | undefined) =>
  (value ?? '')
    .split(/[,，]/)
    .map((t) => t.trim())
    .filter(Boolean);
