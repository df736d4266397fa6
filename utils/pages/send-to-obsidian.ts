import { browser } from 'wxt/browser';
import type { ArticleSummary } from '../db/types';
import { t } from '../i18n';
import { OBSIDIAN_URI_LIMIT, obsidianNewNoteUri, obsidianNotePath } from '../markdown/obsidian-uri';
import { loadObsidianSettings } from '../settings/obsidian-storage';
import { articleMarkdown } from './exports';

/**
 * "Send to Obsidian": the article's note (the user's template, with or without the article as
 * the options say) put on the clipboard, and Obsidian asked by its address to make the note from
 * it. Returns what to tell the user; throws with the reason when the note can reach Obsidian
 * neither way (the clipboard refused and the note too long for the address).
 */
export async function sendToObsidian(summary: ArticleSummary, open = openAddress): Promise<string> {
  const settings = await loadObsidianSettings();
  const markdown = await articleMarkdown(summary, settings.includeArticle);
  const onClipboard = await navigator.clipboard.writeText(markdown).then(
    () => true,
    () => false,
  );
  const fallback = t('obsidianClipboardFallback');
  const uri = onClipboard
    ? obsidianNewNoteUri(settings, summary.title, { clipboard: true, fallback })
    : obsidianNewNoteUri(settings, summary.title, { clipboard: false, content: markdown });
  if (uri.length > OBSIDIAN_URI_LIMIT && !onClipboard) throw new Error(t('obsidianTooLong'));
  open(uri);
  const where = `${obsidianNotePath(settings, summary.title)}.md`;
  return settings.vault ? t('obsidianSentToVault', [where, settings.vault]) : t('obsidianSent', where);
}

/**
 * Chrome hands an `obsidian:` address to the app (asking the first time) and leaves the page
 * where it is, or does nothing where no app opens it. Firefox without the app would put its "The
 * address wasn't understood" page in the library's place: there the address opens in a tab of its
 * own (where no app opens it, that tab says so, and the library stays as it was).
 */
function openAddress(uri: string): void {
  if (import.meta.env.BROWSER === 'firefox') void browser.tabs.create({ url: uri });
  else window.location.assign(uri);
}
