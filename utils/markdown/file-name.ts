/**
 * File names that every system accepts: no reserved characters (\ / : * ? " < > |), no control
 * characters, no trailing dot or space, not a reserved Windows name (CON, NUL, COM1…), at most
 * 120 characters (CJK titles count characters, and most file systems allow 255 UTF-8 bytes), and
 * unique within one export.
 */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;
const MAX_LENGTH = 80;

export function safeFileName(title: string, used?: Set<string>, extension = '.md'): string {
  let base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  base = [...base].slice(0, MAX_LENGTH).join('').trim();
  if (!base || /^\.+$/.test(base)) base = 'Untitled';
  if (RESERVED.test(base)) base = `_${base}`;
  let name = `${base}${extension}`;
  if (used) {
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})${extension}`;
    used.add(name.toLowerCase());
  }
  return name;
}
