import type { ArticleRecord, HighlightRecord } from '../db/types';
import { t } from '../i18n';
import { articleToMarkdown, type MarkdownLabels, renderTemplate } from '../markdown';

/** A note in the user's template when there is one, else in the default layout. */
export function noteMarkdown(
  template: string,
  article: ArticleRecord,
  highlights: HighlightRecord[],
  includeArticle: boolean,
  now: number,
  imageLink?: (src: string) => string | undefined,
) {
  return template.trim()
    ? renderTemplate(template, article, highlights)
    : articleToMarkdown(article, highlights, { includeArticle, now, imageLink, labels: markdownLabels() });
}

/** The notes' section headings in the UI's language ("## 划线" in a Chinese export). */
export function markdownLabels(): MarkdownLabels {
  return { highlights: t('markdownHighlights'), article: t('markdownArticle'), source: t('markdownSource') };
}
