import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';

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
  return turndown.turndown(html).trim();
}
