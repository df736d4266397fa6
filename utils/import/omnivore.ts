import { strFromU8, unzipSync } from 'fflate';
import type { ImportBatch, ImportedSource } from './types';
import { quoteSelector } from './types';

/** Per file and in all: an export larger than this is not unpacked (a zip bomb says it is small). */
export const ZIP_LIMITS = { fileBytes: 64 * 1024 * 1024, totalBytes: 512 * 1024 * 1024, ratio: 200 };

/**
 * Omnivore's export zip: `metadata_*.json` batches (title, author, url, labels, savedAt, slug),
 * `content/<slug>.html` (the saved article) and `highlights/<slug>.md`, each highlight a
 * "> quote" block with its note after it. Omnivore keeps no colour, context or position: the
 * quote is found again in the article by Folio's anchoring when it is read, and one not found is
 * listed apart, never dropped.
 */
export function parseOmnivoreZip(bytes: Uint8Array): ImportBatch {
  const files = unzip(bytes);
  const batch: ImportBatch = { format: 'omnivore', sources: [], highlights: [], rejected: [] };
  const metadata = Object.keys(files).filter((name) => /(?:^|\/)metadata_[^/]*\.json$/.test(name));
  if (!metadata.length) throw new Error('This is not an Omnivore export (no metadata_*.json inside the zip).');
  const text = (name: string) => (files[name] ? strFromU8(files[name] as Uint8Array) : undefined);
  const find = (suffix: string) => Object.keys(files).find((name) => name === suffix || name.endsWith(`/${suffix}`));
  for (const name of metadata.sort()) {
    let items: unknown;
    try {
      items = JSON.parse(text(name) ?? '');
    } catch {
      batch.rejected.push({ item: name, reason: 'not readable JSON.' });
      continue;
    }
    if (!Array.isArray(items)) {
      batch.rejected.push({ item: name, reason: 'not a list of articles.' });
      continue;
    }
    for (const [i, raw] of items.entries()) {
      const entry = raw as Record<string, unknown>;
      const item = `${name}, article ${i + 1}`;
      const url = typeof entry.url === 'string' ? entry.url : undefined;
      const slug = typeof entry.slug === 'string' ? entry.slug : undefined;
      if (!url || !/^https?:/i.test(url)) {
        batch.rejected.push({ item, reason: 'no web address (url).' });
        continue;
      }
      const html = slug ? text(find(`content/${slug}.html`) ?? '') : undefined;
      const saved = Date.parse(String(entry.savedAt ?? ''));
      const source: ImportedSource = {
        key: url,
        url,
        title: typeof entry.title === 'string' && entry.title.trim() ? entry.title.trim() : url,
        ...(typeof entry.author === 'string' && entry.author.trim() ? { author: entry.author.trim() } : {}),
        tags: labelsOf(entry.labels),
        ...(html ? { html } : {}),
        ...(Number.isFinite(saved) ? { createdAt: saved } : {}),
      };
      batch.sources.push(source);
      const markdown = slug ? text(find(`highlights/${slug}.md`) ?? '') : undefined;
      for (const { quote, note } of highlightsOf(markdown ?? '')) {
        batch.highlights.push({ sourceKey: url, selector: [quoteSelector(quote)], note, tags: [], color: 'yellow' });
      }
    }
  }
  return batch;
}

function labelsOf(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((l) => (typeof l === 'string' ? l : (l as { name?: unknown })?.name))
    .filter((l): l is string => typeof l === 'string' && l.trim().length > 0)
    .map((l) => l.trim());
}

/** "> quote [⤴️](link)" blocks, each with the note that follows it before the next quote. */
export function highlightsOf(markdown: string): { quote: string; note: string }[] {
  const out: { quote: string; note: string }[] = [];
  for (const block of markdown.replace(/\r/g, '').split(/\n\s*\n/)) {
    const lines = block.split('\n');
    if (lines[0]?.startsWith('>')) {
      const quote = withoutBackLink(lines.map((l) => l.replace(/^>\s?/, '')).join('\n'));
      if (quote) out.push({ quote, note: '' });
    } else if (out.length && block.trim()) {
      const last = out[out.length - 1] as { quote: string; note: string };
      last.note = last.note ? `${last.note}\n\n${block.trim()}` : block.trim();
    }
  }
  return out;
}

/** The zip's files, refused whole when it is truncated or unpacks to more than ZIP_LIMITS. */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (file.originalSize > ZIP_LIMITS.fileBytes || total > ZIP_LIMITS.totalBytes)
          throw new Error(`it unpacks to more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB`);
        if (file.size > 0 && file.originalSize / file.size > ZIP_LIMITS.ratio && file.originalSize > 1024 * 1024)
          throw new Error(`${file.name} is compressed ${Math.round(file.originalSize / file.size)} times: a zip bomb`);
        return true;
      },
    });
  } catch (error) {
    throw new Error(`This zip cannot be read: ${(error as Error).message}.`);
  }
}

/** The quote without Omnivore's trailing "[⤴️](link)" back to its own page. */
function withoutBackLink(quote: string): string {
  const text = quote.trimEnd();
  const at = text.lastIndexOf('[⤴');
  return (at >= 0 && text.endsWith(')') ? text.slice(0, at) : text).trim();
}
