import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { escapeMarkdownText } from './escape';

/**
 * Article HTML (already sanitized) → GitHub-flavoured Markdown: tables, strikethrough and fenced
 * code blocks through Turndown's GFM plugin, ATX headings, `-` bullets.
 */
export function htmlToMarkdown(html: string): string {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  turndown.use(gfm);
  // Turndown's own escaping leaves `<`, entities and Obsidian's syntax as they are: a page's
  // "&lt;script&gt;" text would come out as a <script> tag in the note.
  turndown.escape = escapeMarkdownText;
  return turndown.turndown(html).trim();
}
