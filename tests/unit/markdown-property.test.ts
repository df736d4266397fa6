import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ArticleRecord, HighlightRecord } from '../../utils/db/types';
import {
  articleToMarkdown,
  markdownUrl,
  obsidianTag,
  renderTemplate,
  safeFileName,
  textFragmentLink,
} from '../../utils/markdown';

/**
 * Random titles, notes, tags, quotes, article text and URLs, full of what Markdown and Obsidian
 * read as syntax, go through the exporter; the output is parsed back (frontmatter with `yaml`,
 * body with `mdast-util-from-markdown`, a CommonMark parser) and must hold no raw HTML, no link
 * or image the input did not contain, and the same text and values that went in.
 */

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

const TRICKY = [
  '<',
  '>',
  '&',
  '&lt;',
  '&amp;',
  '&#60;',
  '#',
  '#tag',
  '%%',
  '%',
  '==',
  '=',
  '$',
  '$x$',
  '~~',
  '~',
  '*',
  '**',
  '_',
  '`',
  '```',
  '[',
  ']',
  '[[',
  ']]',
  '](',
  '(',
  ')',
  '!',
  '\\',
  '\\\\',
  '\n',
  ' ',
  '  ',
  '\t',
  '-',
  '- ',
  '1. ',
  '1)',
  '+ ',
  '> ',
  '|',
  '^',
  '---',
  '===',
  ':',
  '"',
  "'",
  '{{title}}',
  '{{url}}',
  'a',
  'b',
  '中文',
  '读书',
  '📚',
  '\u202e',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<https://evil.test>',
  '![x](https://evil.test/p.png)',
  '[link](https://evil.test)',
  'https://evil.test/a.png',
  'javascript:alert(1)',
  '<!-- c -->',
  '\u00a0',
];

const trickyText = fc.oneof(
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
/** One paragraph: blank lines would split it, which changes nothing but makes texts hard to compare. */
const oneParagraph = trickyText.map((t) => t.replace(/\n[\s]*\n/g, '\n'));
const visible = oneParagraph.filter((t) => t.trim().length > 0);
const url = fc
  .tuple(fc.constantFrom('https://example.test/', 'http://例子.test/a/', 'https://x.test/p?q=1&r='), trickyText)
  .map(([base, tail]) => base + tail);

const textOf = (node: MdNode): string =>
  node.value !== undefined ? node.value : (node.children ?? []).map(textOf).join('');
const squash = (text: string) => text.replace(/\s+/g, '');
/** A link as a Markdown reader resolves it: its backslash escapes undone. */
const resolved = (destination: string | undefined) => destination?.replace(/\\&/g, '&');
const nodesOf = (root: MdNode): MdNode[] => [root, ...(root.children ?? []).flatMap(nodesOf)];

function record(title: string, pageUrl: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id: 'a1', url: pageUrl, title, tags: [], createdAt: 0, updatedAt: 0, ...extra };
}
function highlight(i: number, exact: string, note: string, tags: string[], pageUrl: string): HighlightRecord {
  return {
    id: `0000000${i}-aaaa-4bbb-8ccc-dddddddddddd`,
    articleId: 'a1',
    url: pageUrl,
    target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    color: 'yellow',
    note,
    tags,
    createdAt: i,
    updatedAt: i,
  };
}
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const input = fc.record({
  title: visible,
  url,
  author: oneParagraph,
  tags: fc.array(trickyText, { maxLength: 4 }),
  highlights: fc.array(
    fc.record({ exact: visible, note: oneParagraph, tags: fc.array(trickyText, { maxLength: 3 }) }),
    {
      maxLength: 3,
    },
  ),
  paragraphs: fc.array(visible, { maxLength: 4 }),
});

function splitNote(markdown: string): { yaml: Record<string, unknown>; body: MdNode } {
  const end = markdown.indexOf('\n---\n', 3);
  return {
    yaml: parseYaml(markdown.slice(4, end)),
    body: fromMarkdown(markdown.slice(end + 5)) as MdNode,
  };
}

describe('Markdown export keeps page and user text as text (property)', () => {
  it('a note: frontmatter values equal the inputs, no HTML, no link but the ones back to the page', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const paragraphs = inp.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
        const article = record(inp.title, inp.url, {
          byline: inp.author || undefined,
          tags: inp.tags,
          savedContent: { html: paragraphs, text: '', savedAt: 0 },
        });
        const highlights = inp.highlights.map((h, i) => highlight(i + 1, h.exact, h.note, h.tags, inp.url));
        const markdown = articleToMarkdown(article, highlights, { includeArticle: true });
        const { yaml, body } = splitNote(markdown);

        expect(yaml.title).toBe(inp.title);
        expect(yaml.source).toBe(inp.url);
        if (inp.author) expect(yaml.author).toBe(inp.author);
        const tags = [
          ...new Set([...inp.tags, ...inp.highlights.flatMap((h) => h.tags)].map(obsidianTag).filter(Boolean)),
        ];
        expect(yaml.tags).toEqual(tags);

        const nodes = nodesOf(body);
        expect(nodes.filter((n) => n.type === 'html').map(textOf)).toEqual([]);
        expect(nodes.filter((n) => n.type === 'image' || n.type === 'definition')).toEqual([]);
        const links = nodes.filter((n) => n.type === 'link').map((n) => n.url);
        expect(links).toEqual(inp.highlights.map((h) => resolved(textFragmentLink(inp.url, h.exact))));

        const title = nodes.find((n) => n.type === 'heading' && n.depth === 1);
        expect(squash(textOf(title as MdNode))).toBe(squash(inp.title));
        const quotes = nodes.filter((n) => n.type === 'blockquote').map((q) => squash(textOf(q)));
        expect(quotes).toEqual(highlights.map((h, i) => squash(`${inp.highlights[i]?.exact} ^${h.id.slice(0, 8)}`)));
        // The article's own text, less the ==marks== put around highlights found in it.
        const articleHeading = body.children?.findIndex((n) => n.type === 'heading' && textOf(n) === 'Article') ?? -1;
        if (inp.paragraphs.length) {
          const articleText = (body.children ?? [])
            .slice(articleHeading + 1)
            .map(textOf)
            .join('');
          expect(squash(articleText).replace(/=/g, '')).toBe(squash(inp.paragraphs.join('')).replace(/=/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a note from a template: the values fill it once, as text, and the only links are the ones asked for', () => {
    const template =
      '{{frontmatter}}\n\n# {{title}}\n\nBy {{author}}, {{site}}: [source]({{url}})\n\n{{#highlights}}{{quote}}\n\n{{note}} {{tags}} [↗]({{link}}) ^{{id}}\n\n{{/highlights}}';
    fc.assert(
      fc.property(input, oneParagraph, (inp, site) => {
        const article = record(inp.title, inp.url, { byline: inp.author, siteName: site, tags: inp.tags });
        const highlights = inp.highlights.map((h, i) => highlight(i + 1, h.exact, h.note, h.tags, inp.url));
        const { yaml, body } = splitNote(renderTemplate(template, article, highlights));
        expect(yaml.title).toBe(inp.title);
        const nodes = nodesOf(body);
        expect(nodes.filter((n) => n.type === 'html').map(textOf)).toEqual([]);
        expect(nodes.filter((n) => n.type === 'image' || n.type === 'definition')).toEqual([]);
        expect(nodes.filter((n) => n.type === 'link').map((n) => n.url)).toEqual([
          resolved(markdownUrl(inp.url)),
          ...inp.highlights.map((h) => resolved(textFragmentLink(inp.url, h.exact))),
        ]);
        const title = nodes.find((n) => n.type === 'heading' && n.depth === 1);
        expect(squash(textOf(title as MdNode))).toBe(squash(inp.title));
        const byline = (body.children ?? []).find((n) => n.type === 'paragraph' && textOf(n).startsWith('By '));
        expect(byline, 'the byline line stays one paragraph').toBeDefined();
        expect(squash(textOf(byline as MdNode))).toBe(squash(`By ${inp.author}, ${site}: source`));
      }),
      { numRuns: 200 },
    );
  });

  it('file names stay within 255 UTF-8 bytes and hold no reserved name or character', () => {
    const device = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(?:\..*)?$/i;
    fc.assert(
      fc.property(
        fc.oneof(
          trickyText,
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.constantFrom('CON', 'com¹.txt', 'CONIN$', 'nul.tar.gz', '📚'.repeat(80)),
        ),
        (title) => {
          const name = safeFileName(title);
          const base = name.slice(0, -'.md'.length);
          expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
          expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u);
          expect(base).not.toMatch(device);
          expect(base).not.toMatch(/[. ]$/);
          expect(base.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
