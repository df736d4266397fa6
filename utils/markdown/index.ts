/**
 * Markdown: article HTML → Markdown. Pure: no browser API (Turndown brings its own DOM in Node).
 */
export { htmlToMarkdown } from './html-to-markdown';
