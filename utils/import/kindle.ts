import { bookUrl, type ImportBatch, type ImportedHighlight, type ImportedSource, quoteSelector } from './types';

/**
 * Kindle's `My Clippings.txt`, English and Chinese: entries between lines of `==========`, each a
 * book line ("Title (Author)"), a line saying what and where ("- Your Highlight on page 12 |
 * location 170-172 | Added on …", "- 您在第 12 页（位置 #170-172）的标注 | 添加于 …"), a blank line,
 * and the text. A note is attached to the highlight of the same book whose locations hold its
 * own; bookmarks are skipped. Each book becomes a source without a URL.
 */
const SEPARATOR = /^={10}\s*$/m;
const KIND = /(?:Your (Highlight|Note|Bookmark)|的(标注|笔记|书签))/;
const LOCATION = /(?:location|位置\s*#)\s*(\d+)(?:-(\d+))?/i;
const AUTHOR_AT_END = /\(([^()]*)\)\s*$/;
const ZH_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日[^\d上下\s]*\s*(?:(上午|下午)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?/;

const KINDS: Record<string, 'highlight' | 'note' | 'bookmark'> = {
  Highlight: 'highlight',
  Note: 'note',
  Bookmark: 'bookmark',
  标注: 'highlight',
  笔记: 'note',
  书签: 'bookmark',
};

export function parseKindleClippings(text: string): ImportBatch {
  const batch: ImportBatch = { format: 'kindle', sources: [], highlights: [], rejected: [] };
  const books = new Map<string, ImportedSource>();
  const placed: { highlight: ImportedHighlight; book: string; from: number; to: number }[] = [];
  const notes: { book: string; at: number; text: string; item: string }[] = [];
  const entries = text.replace(/^\uFEFF/, '').split(SEPARATOR);
  entries.forEach((entry, i) => {
    const lines = entry.replace(/\r/g, '').split('\n');
    while (lines.length && !lines[0]?.trim()) lines.shift();
    if (!lines.length) return;
    const item = `Clipping ${i + 1}`;
    const [bookLine = '', metaLine = '', , ...body] = lines;
    const kindMatch = KIND.exec(metaLine);
    const kind = kindMatch ? KINDS[(kindMatch[1] ?? kindMatch[2]) as string] : undefined;
    if (!kind) {
      batch.rejected.push({ item, reason: 'not a Kindle clipping (no "Your Highlight" or "的标注" line).' });
      return;
    }
    if (kind === 'bookmark') return;
    const content = body.join('\n').trim();
    const location = LOCATION.exec(metaLine);
    const from = Number(location?.[1] ?? Number.NaN);
    const to = Number(location?.[2] ?? location?.[1] ?? Number.NaN);
    const title = bookLine.replace(/^\uFEFF/, '').trim();
    const author = AUTHOR_AT_END.exec(title)?.[1]?.trim();
    const bookTitle = author ? title.replace(AUTHOR_AT_END, '').trim() : title;
    if (!bookTitle) {
      batch.rejected.push({ item, reason: 'it names no book.' });
      return;
    }
    if (!content) {
      batch.rejected.push({ item, reason: `an empty ${kind}.` });
      return;
    }
    let book = books.get(title);
    if (!book) {
      book = { key: title, url: bookUrl(bookTitle, author), title: bookTitle, ...(author ? { author } : {}), tags: [] };
      books.set(title, book);
      batch.sources.push(book);
    }
    const createdAt = addedAt(metaLine);
    if (kind === 'note') notes.push({ book: title, at: to, text: content, item });
    else {
      const highlight: ImportedHighlight = {
        sourceKey: title,
        selector: [quoteSelector(content)],
        note: '',
        tags: [],
        color: 'yellow',
        ...(createdAt ? { createdAt } : {}),
      };
      batch.highlights.push(highlight);
      placed.push({ highlight, book: title, from, to });
    }
  });
  for (const note of notes) {
    const owner = placed.find((p) => p.book === note.book && note.at >= p.from && note.at <= p.to);
    if (owner) owner.highlight.note = owner.highlight.note ? `${owner.highlight.note}\n\n${note.text}` : note.text;
    else batch.rejected.push({ item: note.item, reason: 'a note with no highlight at its location.' });
  }
  return batch;
}

/** "Added on Monday, March 4, 2024 9:15:02 PM" or "添加于 2024年3月4日星期一 下午9:15:02". */
function addedAt(metaLine: string): number | undefined {
  const zh = ZH_DATE.exec(metaLine);
  if (zh) {
    let hour = Number(zh[5]);
    if (zh[4] === '下午' && hour < 12) hour += 12;
    if (zh[4] === '上午' && hour === 12) hour = 0;
    return new Date(Number(zh[1]), Number(zh[2]) - 1, Number(zh[3]), hour, Number(zh[6]), Number(zh[7] ?? 0)).getTime();
  }
  const at = metaLine.indexOf('Added on ');
  if (at < 0) return undefined;
  const time = Date.parse(metaLine.slice(at + 9).replace(/^[A-Za-z]+,\s*/, ''));
  return Number.isFinite(time) ? time : undefined;
}
