import { quoteOf } from '../db/highlight-quote';
import type { ArticleRecord, HighlightRecord } from '../db/types';
import { articleToMarkdown, blockId, textFragmentLink } from './article-markdown';
import { escapeMarkdownText, markdownUrl, obsidianTag } from './escape';
import { localIsoTime } from './local-time';

/**
 * A user's own layout for exported notes. Named variables in double braces, and one section that
 * repeats for each highlight. Every value is already escaped for Markdown; {{frontmatter}} is the
 * default, fully quoted YAML block, so a custom layout stays valid YAML without effort.
 *
 *   {{frontmatter}} {{title}} {{url}} {{author}} {{site}} {{published}} {{saved}} {{tags}}
 *   {{#highlights}} {{quote}} {{text}} {{note}} {{tags}} {{link}} {{id}} {{color}} {{/highlights}}
 */
export const TEMPLATE_VARIABLES = {
  article: ['frontmatter', 'title', 'url', 'author', 'site', 'published', 'saved', 'tags'],
  highlight: ['quote', 'text', 'note', 'tags', 'link', 'id', 'color'],
} as const;

export const DEFAULT_TEMPLATE = `{{frontmatter}}

# {{title}}

{{#highlights}}
{{quote}} ^{{id}}

{{note}}

{{tags}} [↗]({{link}})

{{/highlights}}`;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => (name in values ? (values[name] as string) : whole));

export type TemplateCheck = { ok: true } | { ok: false; error: string };

/** Unknown variables and unbalanced sections are reported, so a typo is not exported silently. */
export function checkTemplate(template: string): TemplateCheck {
  const opens = template.match(/\{\{#highlights\}\}/g)?.length ?? 0;
  const closes = template.match(/\{\{\/highlights\}\}/g)?.length ?? 0;
  if (opens !== closes || opens > 1)
    return { ok: false, error: 'Use {{#highlights}} … {{/highlights}} once, opened and closed.' };
  const known = new Set<string>([...TEMPLATE_VARIABLES.article, ...TEMPLATE_VARIABLES.highlight]);
  const unknown = [...template.matchAll(/\{\{\s*([^#/{}\s]+)\s*\}\}/g)]
    .map((m) => m[1] as string)
    .filter((n) => !known.has(n));
  if (unknown.length)
    return { ok: false, error: `Unknown variables: ${[...new Set(unknown)].map((n) => `{{${n}}}`).join(', ')}.` };
  return { ok: true };
}

/** A name or title, escaped and on one line: a line break in it would end the template's line. */
const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' ').trim());

const OPEN_SECTION = '{{#highlights}}';
const CLOSE_SECTION = '{{/highlights}}';

/** The template around and inside its {{#highlights}} … {{/highlights}} section, if it has one. */
function highlightsSection(template: string): { before: string; body: string; after: string } | undefined {
  const open = template.indexOf(OPEN_SECTION);
  const close = open < 0 ? -1 : template.indexOf(CLOSE_SECTION, open + OPEN_SECTION.length);
  if (close < 0) return undefined;
  return {
    before: template.slice(0, open),
    body: template.slice(open + OPEN_SECTION.length, close),
    after: template.slice(close + CLOSE_SECTION.length),
  };
}

export function renderTemplate(template: string, article: ArticleRecord, highlights: HighlightRecord[]): string {
  const ordered = [...highlights].sort((a, b) => {
    const pos = (h: HighlightRecord) =>
      (h.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number } | undefined)?.start ??
      Number.MAX_SAFE_INTEGER;
    return pos(a) - pos(b) || a.createdAt - b.createdAt;
  });
  const defaultNote = articleToMarkdown(article, ordered);
  const frontmatterBlock = defaultNote.slice(0, defaultNote.indexOf('\n---', 3) + 4);
  const hashTags = (tags: string[]) =>
    tags
      .map(obsidianTag)
      .filter(Boolean)
      .map((t) => `#${t}`)
      .join(' ');
  const articleValues: Record<string, string> = {
    frontmatter: frontmatterBlock,
    title: oneLine(article.title),
    url: markdownUrl(article.url) ?? '',
    author: oneLine(article.byline ?? ''),
    site: oneLine(article.siteName ?? ''),
    published: article.publishedTime ?? '',
    saved: localIsoTime(article.savedContent?.savedAt ?? article.createdAt),
    tags: hashTags([...new Set([...article.tags, ...ordered.flatMap((h) => h.tags)])]),
  };
  const highlightValues = (h: HighlightRecord): Record<string, string> => {
    const text = escapeMarkdownText(quoteOf(h).replace(/\r\n?/g, '\n').trim());
    return {
      ...articleValues,
      quote: text
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n'),
      text,
      note: escapeMarkdownText(h.note.trim()),
      tags: hashTags(h.tags),
      link: textFragmentLink(article.url, quoteOf(h)) ?? '',
      id: blockId(h),
      color: h.color,
    };
  };
  // Each part is filled once: a note that says "{{title}}" is text, never filled again.
  const section = highlightsSection(template);
  const rendered = section
    ? fill(section.before, articleValues) +
      ordered.map((h) => fill(section.body, highlightValues(h))).join('') +
      fill(section.after, articleValues)
    : fill(template, articleValues);
  return `${rendered.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
