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
 * The page stays where it is: the browser hands an `obsidian:` address to the app (asking the
 * first time), or does nothing where no app is set to open it.
 */
function openAddress(uri: string): void {
  window.location.assign(uri);
}
