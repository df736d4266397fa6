import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { escapeMarkdownText, markdownUrl } from './escape';
import { addFootnoteRules } from './footnotes';

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
  // A picture's caption: on its own line under the picture, in italics, so that it does not read
  // as the article's next paragraph. (Plain when it holds emphasis of its own: nested asterisks
  // would end the italics early.)
  turndown.addRule('folioCaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const caption = content.trim();
      if (!caption) return '';
      return caption.includes('*') || caption.includes('\n') ? `\n\n${caption}\n\n` : `\n\n*${caption}*\n\n`;
    },
  });
  // A formula: its TeX between dollar signs (Obsidian's, and most Markdown math's, syntax), set
  // apart when the article sets it apart; without TeX, its text.
  turndown.addRule('folioMath', {
    filter: (node) => node.nodeName.toLowerCase() === 'math',
    replacement: (content, node) => {
      const tex = markdownTex((node as Element).getAttribute('alttext') ?? '');
      if (!tex) return content;
      return (node as Element).getAttribute('display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
    },
  });
  addFootnoteRules(turndown);
  return turndown.turndown(html).trim();
}

/**
 * TeX as it can stand between dollar signs: on one line, `<` and `>` as TeX's own `\lt` and `\gt`
 * (a renderer without math support would read `<b` as a tag). '' when a dollar sign of its own
 * would end the formula early.
 */
function markdownTex(tex: string): string {
  const line = tex.replace(/\s+/g, ' ').trim();
  if (/(?:^|[^\\])\$/.test(line)) return '';
  return line.replace(/</g, '\\lt ').replace(/>/g, '\\gt ');
}
