/**
 * Tags as people type them ("#读书笔记", " to read ", "📚") made into one stored form. A tag is
 * trimmed, loses leading '#', and has inner runs of whitespace made one space (kept: Markdown
 * export turns spaces into '-' where a tag must be one word). Emoji and any script are welcome.
 */
export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 32;

/** Why a tag was refused: said in the UI's language by the page (components/common/tag-problems.ts). */
export type TagProblem = 'empty' | 'too-long' | 'too-many';

export type TagCheck = { ok: true; tag: string } | { ok: false; reason: TagProblem };

export function normalizeTag(raw: string): TagCheck {
  const tag = raw
    .replace(/^[\s#＃]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!tag) return { ok: false, reason: 'empty' };
  if ([...tag].length > MAX_TAG_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, tag };
}

/** A refused piece of a typed tag list: what was typed (cut to 20 characters) and why. */
export interface RefusedTag {
  typed: string;
  reason: TagProblem;
}

/** Tags typed as one line, separated by commas (ASCII or Chinese): the valid ones, and why others were refused. */
export function parseTagList(input: string): { tags: string[]; refused: RefusedTag[] } {
  const tags: string[] = [];
  const refused: RefusedTag[] = [];
  for (const part of input.split(/[,，、;；\n]/u)) {
    if (!part.trim()) continue;
    const check = normalizeTag(part);
    if (!check.ok) refused.push({ typed: part.trim().slice(0, 20), reason: check.reason });
    else if (!tags.includes(check.tag)) tags.push(check.tag);
  }
  if (tags.length > MAX_TAGS) refused.push({ typed: tags.slice(MAX_TAGS).join(', ').slice(0, 20), reason: 'too-many' });
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
