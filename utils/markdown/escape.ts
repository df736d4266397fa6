/**
 * Text from a page, made inert inside Markdown: in Obsidian '#word' would become a tag and
 * '[[…]]' a link, and Markdown would read '*', '_', '`', '<' and a leading '>' or '-' as syntax.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<>#|~=])/g, '\\$1')
    .replace(/^([ \t]*)([-+]|\d{1,9}[.)])(?=[ \t]|$)/gm, '$1\\$2');
}

/** A tag as Obsidian reads one: no spaces (they become '-'), no characters it stops at. */
export function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[#,.;:!?'"`()[\]{}<>\\/|*&^%$@=+~]/g, '');
}
