import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { escapeMarkdownText, markdownUrl } from './escape';

export interface HtmlToMarkdownOptions {
  /**
   * Where a picture's Markdown link points: a relative path for a picture exported beside the note
   * (the zip's `assets/`), or undefined to link the picture on the web.
   */
  imageLink?: (src: string) => string | undefined;
}

/**
 * Article HTML (already sanitized) → GitHub-flavoured Markdown: tables, strikethrough and fenced
 * code blocks through Turndown's GFM plugin, ATX headings, `-` bullets.
 */
export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): string {
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
  // Pictures: the description as text (escaped like the rest), the address percent-encoded, and
  // only web or exported pictures (no data:, no javascript:).
  turndown.addRule('folioImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const src = img.getAttribute('src') ?? '';
      const link = options.imageLink?.(src) ?? markdownUrl(src);
      if (!link) return '';
      const alt = escapeMarkdownText((img.getAttribute('alt') ?? '').split(/\s+/).join(' ').trim());
      return `![${alt}](${link})`;
    },
  });
  return turndown.turndown(html).trim();
}
