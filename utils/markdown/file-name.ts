/**
 * File names that every system accepts:
 * - no reserved characters (\ / : * ? " < > |), control characters, or format characters (a
 *   right-to-left override would make "evil‮dm.exe" read as "evilexe.md");
 * - no trailing dot or space (Windows drops them, so two names would become one);
 * - not a reserved Windows device name (CON, NUL, COM1, COM¹, CONIN$…), with or without an
 *   extension;
 * - at most 80 characters and MAX_BYTES of UTF-8 (most file systems allow 255 bytes: 80 emoji
 *   are 320), cut between graphemes so that no character or emoji is split;
 * - unique within one export.
 */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(?:\..*)?$/i;
const MAX_CHARACTERS = 80;
/** Leaves room within 255 bytes for " (12)" and the extension. */
const MAX_BYTES = 200;
const UNSAFE = /[\\/:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The text cut to at most `maxChars` graphemes and `maxBytes` UTF-8 bytes. */
function truncateGraphemes(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  let count = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = utf8Length(segment);
    if (count === maxChars || bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
    count++;
  }
  return out;
}

/** Windows drops trailing dots and spaces; done by hand, since `/[. ]+$/` rescans every run. */
function withoutTrailingDotsAndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return text.slice(0, end);
}

export function safeFileName(title: string, used?: Set<string>, extension = '.md'): string {
  let base = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  base = withoutTrailingDotsAndSpaces(truncateGraphemes(base, MAX_CHARACTERS, MAX_BYTES).trim());
  if (!base) base = 'Untitled';
  if (RESERVED.test(base)) base = `_${base}`;
  let name = `${base}${extension}`;
  if (used) {
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})${extension}`;
    used.add(name.toLowerCase());
  }
  return name;
}
