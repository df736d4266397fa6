import { articleInputOf } from '../../utils/db/article-input';
import type { ArticleRecord } from '../../utils/db/types';
import type { Article } from '../../utils/extract/types';
import { noteMarkdown } from '../../utils/pages/note-markdown';
import { sendNoteToObsidian } from '../../utils/pages/send-to-obsidian';
import { getFolioService } from '../../utils/services/client';
import { loadObsidianSettings } from '../../utils/settings/obsidian-storage';
import { loadMarkdownTemplate } from '../../utils/settings/template-storage';
import { copyText } from '../common/copy-text';

/**
 * Send to Obsidian from the reader over a page: the article as the reader shows it (its text as
 * the options say), with the page's highlights and notes, and its tags when it is in the library.
 * Works on an article not saved or highlighted yet, as a clipper does.
 */
export async function sendReaderArticleToObsidian(url: string, article: Article): Promise<string> {
  const service = getFolioService();
  const [settings, template, highlights] = await Promise.all([
    loadObsidianSettings(),
    loadMarkdownTemplate(),
    service.listHighlights(url),
  ]);
  const inLibrary = highlights[0] ? await service.getArticleById(highlights[0].articleId) : null;
  const now = Date.now();
  const record: ArticleRecord = {
    // Not in the library: no Folio id in the note (its frontmatter leaves folio-id out).
    id: inLibrary?.id ?? '',
    ...articleInputOf(url, article),
    tags: inLibrary?.tags ?? [],
    savedContent: { html: article.content, text: article.textContent, savedAt: now },
    createdAt: inLibrary?.createdAt ?? now,
    updatedAt: now,
  };
  const markdown = noteMarkdown(template, record, highlights, settings.includeArticle, now);
  return sendNoteToObsidian(record.title, markdown, settings, { copy: (text) => copyText(text), open: openFromReader });
}

/**
 * The reader is a frame in the page's tab. Chrome: the frame itself goes to the address (Chrome
 * hands it to the app and the frame stays as it was), not the tab: a navigation of the tab would
 * fire the page's `beforeunload`, telling its scripts the user sent something (and letting them
 * stop it with a "Leave site?" dialog). Firefox would show its "address wasn't understood" page in
 * the frame where Obsidian is not installed, and its frame has no tabs API: the background opens
 * the address in a tab of its own.
 */
async function openFromReader(uri: string): Promise<void> {
  if (import.meta.env.BROWSER === 'firefox') await getFolioService().openObsidianAddress(uri);
  else window.location.assign(uri);
}
