import type { Selector } from '../db/types';
import type { ImportBatch, ImportedSource } from './types';

/**
 * Hypothesis annotations as its API returns them: a list (or `{ rows: [...] }`) of annotations,
 * each with `uri`, `text` (the note), `tags`, `created`/`updated`, and a `target` whose selectors
 * are the W3C ones Folio uses (TextQuoteSelector, TextPositionSelector). A page note (no quote)
 * is not a highlight: left out, with that reason.
 */
export function parseHypothesis(data: unknown): ImportBatch {
  const batch: ImportBatch = { format: 'hypothesis', sources: [], highlights: [], rejected: [] };
  const rows = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(rows)) throw new Error('This is not a Hypothesis export (no list of annotations).');
  const sources = new Map<string, ImportedSource>();
  rows.forEach((row: Record<string, unknown>, i) => {
    const item = `Annotation ${i + 1}`;
    const uri = typeof row?.uri === 'string' ? row.uri : undefined;
    if (!uri || !/^https?:/i.test(uri)) {
      batch.rejected.push({ item, reason: 'it has no web page (uri).' });
      return;
    }
    const target = Array.isArray(row.target) ? (row.target[0] as { selector?: unknown[] } | undefined) : undefined;
    const selector = (target?.selector ?? []).flatMap((s) => selectorOf(s));
    if (!selector.some((s) => s.type === 'TextQuoteSelector')) {
      batch.rejected.push({ item, reason: 'a page note, with no quoted passage.' });
      return;
    }
    let source = sources.get(uri);
    if (!source) {
      const title = (row.document as { title?: unknown } | undefined)?.title;
      source = { key: uri, url: uri, title: String((Array.isArray(title) ? title[0] : title) ?? uri), tags: [] };
      sources.set(uri, source);
      batch.sources.push(source);
    }
    const created = Date.parse(String(row.created ?? ''));
    const updated = Date.parse(String(row.updated ?? ''));
    batch.highlights.push({
      sourceKey: uri,
      selector,
      note: typeof row.text === 'string' ? row.text : '',
      tags: Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [],
      color: 'yellow',
      ...(Number.isFinite(created) ? { createdAt: created } : {}),
      ...(Number.isFinite(updated) ? { updatedAt: updated } : {}),
    });
  });
  return batch;
}

/** A W3C selector Folio knows, with only its known fields; anything else gives none. */
export function selectorOf(raw: unknown): Selector[] {
  const s = raw as Record<string, unknown> | null;
  if (s?.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.trim()) {
    return [
      {
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      },
    ];
  }
  if (s?.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end)) {
    return [{ type: 'TextPositionSelector', start: s.start as number, end: s.end as number }];
  }
  return [];
}
