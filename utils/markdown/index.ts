/**
 * Markdown: articles and highlights → Obsidian-friendly notes; HTML → Markdown; safe file names.
 * Pure: no browser API (Turndown brings its own DOM in Node).
 */
export {
  articleToMarkdown,
  blockId,
  type MarkdownLabels,
  type MarkdownOptions,
  textFragmentLink,
  textFragmentUrl,
} from './article-markdown';
export { escapeMarkdownText, markdownUrl, obsidianTag } from './escape';
export { safeFileName } from './file-name';
export { htmlToMarkdown } from './html-to-markdown';
export { checkTemplate, DEFAULT_TEMPLATE, renderTemplate, TEMPLATE_VARIABLES, type TemplateCheck } from './template';
export { frontmatter, yamlString } from './yaml';
