/**
 * Tags as people type them ("#读书笔记", " to read ", "📚") made into one stored form. A tag is
 * trimmed, loses leading '#', and has inner runs of whitespace made one space (kept: Markdown
 * export turns spaces into '-' where a tag must be one word). Emoji and any script are welcome.
 */
export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 32;

export type TagCheck = { ok: true; tag: string } | { ok: false; reason: string };

export function normalizeTag(raw: string): TagCheck {
  const tag = raw
    .replace(/^[\s#＃]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!tag) return { ok: false, reason: 'A tag needs at least one letter, number or emoji.' };
  if ([...tag].length > MAX_TAG_LENGTH) {
    return { ok: false, reason: `A tag can be at most ${MAX_TAG_LENGTH} characters long.` };
  }
  return { ok: true, tag };
}

/** Tags typed as one line, separated by commas (ASCII or Chinese): the valid ones, and why others were refused. */
export function parseTagList(input: string): { tags: string[]; refused: string[] } {
  const tags: string[] = [];
  const refused: string[] = [];
  for (const part of input.split(/[,，、;；\n]/u)) {
    if (!part.trim()) continue;
    const check = normalizeTag(part);
    if (!check.ok) refused.push(`"${part.trim().slice(0, 20)}": ${check.reason}`);
    else if (!tags.includes(check.tag)) tags.push(check.tag);
  }
  if (tags.length > MAX_TAGS) refused.push(`At most ${MAX_TAGS} tags: the rest were left out.`);
  return { tags: tags.slice(0, MAX_TAGS), refused };
}

const TAG_SEPARATORS = ',，、;；\n';

/**
 * What the tag field reads after choosing `tag` from its suggestions: the tags typed before the
 * last separator stay, the one being typed is replaced.
 */
export function completedTagText(typed: string, tag: string): string {
  let last = -1;
  for (const separator of TAG_SEPARATORS) last = Math.max(last, typed.lastIndexOf(separator));
  return last < 0 ? tag : `${typed.slice(0, last + 1)} ${tag}`;
}
