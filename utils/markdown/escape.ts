/**
 * Page text and the user's own text, made inert inside Markdown, as CommonMark and Obsidian read
 * it. Backslash escapes are used throughout: CommonMark defines one for every ASCII punctuation
 * mark, and Obsidian honours them, so the escaped text renders as the text it was.
 *
 * What each escape stops:
 * - `<` raw HTML and autolinks (`<img onerror>`, `<script>`, `<https://…>`);
 * - `&` before an entity name (`&lt;` would become `<` in the rendered note);
 * - `#` Obsidian tags (`#tag` anywhere in a line) and headings;
 * - `$` Obsidian math; runs of `%` (Obsidian comments, `%%…%%`) and of `=` (Obsidian highlights
 *   `==…==`, setext headings); `~` strikethrough;
 * - `*`, `_`, `` ` ``, `[`, `]`, `|`, `>` emphasis, code, links and wikilinks, tables, quotes;
 * - a leading `-`, `+` or `1.` list items, thematic breaks and setext headings.
 */
const INLINE_SYNTAX = /[\\*_`[\]<>#|~$=]/g;
const ENTITY_START = /&(?=#?[A-Za-z0-9]{1,32};)/g;
const PERCENT_RUN = /%{2,}/g;
/** Any space before it counts: Turndown trims a leading no-break space later. Matched line by
 * line, without the m flag, so that a run of blank lines is never rescanned. */
const LINE_START_MARKER = /^(\s*)(?:([-+])|(\d{1,9})([.)]))/;

/**
 * Text that must render as itself: notes, quotes, titles, names, and (as Turndown's `escape`)
 * every text node of an article.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(PERCENT_RUN, (run) => run.replace(/%/g, '\\%'))
    .split('\n')
    .map((line) =>
      line.replace(LINE_START_MARKER, (_start, indent: string, bullet?: string, digits?: string, mark?: string) =>
        bullet ? `${indent}\\${bullet}` : `${indent}${digits}\\${mark}`,
      ),
    )
    .join('\n');
}

/** A tag as Obsidian reads one: no spaces (they become '-'), no characters it stops at. */
export function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[#,.;:!?'"`()[\]{}<>\\/|*&^%$@=+~\p{Cc}\p{Cf}]/gu, '');
}

/**
 * A URL as a Markdown link destination: everything a Markdown reader could end the link at, or
 * take for something else, is percent-encoded (spaces, `(` and `)`, `<` `>`, `\`, quotes, and
 * anything outside ASCII), and an `&` that would start a character reference is escaped. Only http(s) URLs are links at all: anything else gives undefined.
 */
export function markdownUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return (
    parsed.href
      .replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g, (c) =>
        [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
      )
      // "&lt;" in a destination is a character reference, so `?a=1&lt=2` would lose its "&": an
      // escaped "&" stays one (the URL's own `&` cannot be percent-encoded without changing it).
      .replace(ENTITY_START, '\\&')
  );
}
