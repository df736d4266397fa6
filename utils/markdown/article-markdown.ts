import type { ArticleRecord, HighlightRecord, TextQuoteSelector } from '../db/types';
import { escapeMarkdownText, markdownUrl, obsidianTag } from './escape';
import { htmlToMarkdown } from './html-to-markdown';
import { localIsoTime, localShortTime } from './local-time';
import { frontmatter } from './yaml';

export interface MarkdownOptions {
  /** Also the whole saved article, as Markdown, with the highlights marked ==like this==. */
  includeArticle?: boolean;
  /** Where the article's pictures link (see HtmlToMarkdownOptions.imageLink). */
  imageLink?: (src: string) => string | undefined;
  /** When the file was made (ms since the epoch), for "exported" in the frontmatter. */
  now?: number;
  /** The section headings, in the UI's language (English when not given). */
  labels?: MarkdownLabels;
  /** A "Source" link under the title: for the combined file, whose notes have no frontmatter. */
  sourceLine?: boolean;
}

export interface MarkdownLabels {
  highlights: string;
  article: string;
  source: string;
}

const ENGLISH: MarkdownLabels = { highlights: 'Highlights', article: 'Article', source: 'Source' };

/** A highlight's colour as a coloured square, readable in any language and any Markdown app. */
const COLOR_MARK: Record<HighlightRecord['color'], string> = {
  yellow: '🟨',
  green: '🟩',
  blue: '🟦',
  pink: '🟥',
  purple: '🟪',
};

const quoteOf = (h: HighlightRecord) =>
  h.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');

const positionOf = (h: HighlightRecord) =>
  h.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number } | undefined;

/** A stable 8-character block id from the highlight's UUID, so re-exports keep their links. */
export function blockId(h: HighlightRecord): string {
  return (
    h.id
      .replace(/[^a-z0-9]/gi, '')
      .slice(0, 8)
      .toLowerCase() || 'folio'
  );
}

/**
 * A text fragment link back to the passage (#:~:text=start,end for long quotes), encoded for a
 * Markdown link destination; undefined when the page's URL is not an http(s) URL.
 */
export function textFragmentLink(url: string, exact: string): string | undefined {
  return markdownUrl(textFragmentUrl(url, exact));
}

/** A text fragment URL for the passage (#:~:text=start,end for long quotes). */
export function textFragmentUrl(url: string, exact: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const words = exact.replace(/\s+/g, ' ').trim();
  const chars = [...words];
  const fragment =
    chars.length <= 60
      ? enc(words)
      : `${enc(chars.slice(0, 24).join('').trim())},${enc(chars.slice(-24).join('').trim())}`;
  return `${url.split('#')[0]}#:~:text=${fragment}`;
}

function highlightBlock(h: HighlightRecord, url: string): string {
  const exact = quoteOf(h)?.exact ?? '';
  const quoted = escapeMarkdownText(exact.replace(/\r\n?/g, '\n').trim())
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
  const lines = [`${quoted} ^${blockId(h)}`, ''];
  // Its colour and when it was made, as the reader showed them.
  lines.push(`${COLOR_MARK[h.color] ?? ''} ${h.color} · ${localShortTime(h.createdAt)}`.trim(), '');
  if (h.note.trim()) lines.push(escapeMarkdownText(h.note.trim()), '');
  const tags = h.tags.map(obsidianTag).filter(Boolean);
  if (tags.length) lines.push(tags.map((t) => `#${t}`).join(' '), '');
  const link = textFragmentLink(url, exact);
  if (link) lines.push(`[↗](${link})`);
  return lines.join('\n').trimEnd();
}

/**
 * An article and its highlights as one Markdown note: YAML frontmatter (every value quoted), then
 * each highlight as a blockquote in reading order with its note, tags, block id and a link back;
 * optionally the full article.
 */
export function articleToMarkdown(
  article: ArticleRecord,
  highlights: HighlightRecord[],
  options: MarkdownOptions = {},
): string {
  const ordered = [...highlights].sort(
    (a, b) =>
      (positionOf(a)?.start ?? Number.MAX_SAFE_INTEGER) - (positionOf(b)?.start ?? Number.MAX_SAFE_INTEGER) ||
      a.createdAt - b.createdAt,
  );
  const tags = [...new Set([...article.tags, ...ordered.flatMap((h) => h.tags)].map(obsidianTag).filter(Boolean))];
  const labels = options.labels ?? ENGLISH;
  // The property names Obsidian Web Clipper writes (title, source, author, published, created,
  // description, tags), so that notes from both answer the same queries.
  const parts = [
    frontmatter([
      ['title', article.title],
      ['source', article.url],
      ['author', article.byline],
      ['published', article.publishedTime],
      ['created', localIsoTime(article.savedContent?.savedAt ?? article.createdAt)],
      ['description', article.excerpt],
      ['site', article.siteName],
      ['exported', options.now === undefined ? undefined : localIsoTime(options.now)],
      ['tags', tags],
      // None for an article sent from the reader before it is in the library.
      ['folio-id', article.id || undefined],
    ]),
    '',
    `# ${escapeMarkdownText(article.title.replace(/\s+/g, ' ').trim())}`,
    '',
  ];
  const source = options.sourceLine ? markdownUrl(article.url) : undefined;
  if (source) parts.push(`[${escapeMarkdownText(labels.source)}](${source})`, '');
  if (ordered.length) {
    parts.push(`## ${escapeMarkdownText(labels.highlights)}`, '');
    for (const h of ordered) parts.push(highlightBlock(h, article.url), '');
  }
  if (options.includeArticle && article.savedContent) {
    parts.push(
      `## ${escapeMarkdownText(labels.article)}`,
      '',
      // The standfirst the reader showed under the title opens the article here too.
      ...(article.standfirst ? [`*${escapeMarkdownText(article.standfirst.replace(/\s+/g, ' ').trim())}*`, ''] : []),
      markInline(htmlToMarkdown(article.savedContent.html, { imageLink: options.imageLink }), ordered),
      '',
    );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/**
 * Marks each highlight's first occurrence in the article's Markdown with ==…== (where it is found
 * whole). The quote is looked for as escaped text, and never right after a backslash: marks put
 * between a backslash and what it escapes would unescape it.
 */
function markInline(markdown: string, highlights: HighlightRecord[]): string {
  let out = markdown;
  for (const h of highlights) {
    const exact = quoteOf(h)?.exact.trim();
    if (!exact || exact.includes('\n')) continue;
    const escaped = escapeMarkdownText(exact);
    let at = out.indexOf(escaped);
    while (at >= 0 && endsInEscape(out, at)) at = out.indexOf(escaped, at + 1);
    if (at >= 0) out = `${out.slice(0, at)}==${escaped}==${out.slice(at + escaped.length)}`;
  }
  return out;
}

/** Whether the text before `at` ends in an odd run of backslashes, one that escapes `text[at]`. */
function endsInEscape(text: string, at: number): boolean {
  let run = 0;
  while (at - run > 0 && text[at - run - 1] === '\\') run++;
  return run % 2 === 1;
}
