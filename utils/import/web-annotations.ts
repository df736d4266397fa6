import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/types';
import { selectorOf } from './hypothesis';
import type { ImportBatch, ImportedSource } from './types';

const UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Folio's own W3C Web Annotation export (JSON-LD, an AnnotationCollection): each Annotation's
 * quote and position, its note (TextualBody, commenting) and tags (tagging), its colour, times
 * and id come back as they were, so exporting again gives the same file.
 */
export function parseWebAnnotations(data: unknown): ImportBatch {
  const batch: ImportBatch = { format: 'web-annotations', sources: [], highlights: [], rejected: [] };
  const collection = data as { type?: unknown; first?: { items?: unknown } };
  const items = collection?.first?.items;
  if (collection?.type !== 'AnnotationCollection' || !Array.isArray(items))
    throw new Error('This is not a Web Annotation collection (no "AnnotationCollection" with items).');
  const sources = new Map<string, ImportedSource>();
  items.forEach((raw: Record<string, unknown>, i) => {
    const item = `Annotation ${i + 1}`;
    const target = raw?.target as { source?: unknown; selector?: unknown[] } | undefined;
    const url = typeof target?.source === 'string' ? target.source : undefined;
    const selector = (Array.isArray(target?.selector) ? target.selector : []).flatMap(selectorOf);
    if (!url) {
      batch.rejected.push({ item, reason: 'its target has no source.' });
      return;
    }
    if (!selector.some((s) => s.type === 'TextQuoteSelector')) {
      batch.rejected.push({ item, reason: 'no TextQuoteSelector: nothing is quoted.' });
      return;
    }
    if (!sources.has(url)) {
      const source = { key: url, url, title: url, tags: [] };
      sources.set(url, source);
      batch.sources.push(source);
    }
    const bodies = Array.isArray(raw.body) ? (raw.body as Record<string, unknown>[]) : [];
    const note = bodies.find((b) => b?.purpose === 'commenting' && typeof b.value === 'string')?.value as
      | string
      | undefined;
    const tags = bodies
      .filter((b) => b?.purpose === 'tagging' && typeof b.value === 'string')
      .map((b) => b.value as string);
    const color = HIGHLIGHT_COLORS.includes(raw['folio:color'] as HighlightColor)
      ? (raw['folio:color'] as HighlightColor)
      : 'yellow';
    const created = Date.parse(String(raw.created ?? ''));
    const modified = Date.parse(String(raw.modified ?? ''));
    const id = UUID.exec(String(raw.id ?? ''))?.[1];
    batch.highlights.push({
      sourceKey: url,
      selector,
      note: note ?? '',
      tags,
      color,
      ...(id ? { id } : {}),
      ...(Number.isFinite(created) ? { createdAt: created } : {}),
      ...(Number.isFinite(modified) ? { updatedAt: modified } : {}),
    });
  });
  return batch;
}
