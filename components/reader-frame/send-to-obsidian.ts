import { browser } from 'wxt/browser';
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
 * The reader is a frame in the page's tab. Chrome: the tab itself is sent to the address, as
 * Obsidian's Web Clipper does; Chrome hands it to the app and the page (and the reader) stay.
 * Firefox would show its "address wasn't understood" page in the page's place where Obsidian is
 * not installed: the address opens in a tab of its own, which the background opens.
 */
async function openFromReader(uri: string): Promise<void> {
  if (import.meta.env.BROWSER === 'firefox') {
    // The frame has no tabs API in Firefox: the background opens it.
    await getFolioService().openObsidianAddress(uri);
    return;
  }
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The reader’s tab is not known.');
  await browser.tabs.update(tab.id, { url: uri });
}
