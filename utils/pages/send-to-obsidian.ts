import { browser } from 'wxt/browser';
import type { ArticleSummary } from '../db/types';
import { t } from '../i18n';
import { OBSIDIAN_URI_LIMIT, obsidianNewNoteUri, obsidianNotePath } from '../markdown/obsidian-uri';
import type { ObsidianSettings } from '../settings/obsidian-settings';
import { loadObsidianSettings } from '../settings/obsidian-storage';

/** How a page puts text on the clipboard (components/common/copy-text.ts) and opens an address. */
export interface NoteWays {
  copy(text: string): Promise<void>;
  open(uri: string): Promise<unknown> | undefined;
}

/**
 * "Send to Obsidian": the note put on the clipboard, and Obsidian asked by its address to make
 * the note from it. Returns what to tell the user; throws with the reason when the note can reach
 * Obsidian neither way (the clipboard refused and the note too long for the address).
 */
export async function sendNoteToObsidian(
  title: string,
  markdown: string,
  settings: ObsidianSettings,
  ways: NoteWays,
): Promise<string> {
  const onClipboard = await ways.copy(markdown).then(
    () => true,
    () => false,
  );
  const fallback = t('obsidianClipboardFallback');
  const uri = onClipboard
    ? obsidianNewNoteUri(settings, title, { clipboard: true, fallback })
    : obsidianNewNoteUri(settings, title, { clipboard: false, content: markdown });
  if (uri.length > OBSIDIAN_URI_LIMIT && !onClipboard) throw new Error(t('obsidianTooLong'));
  await ways.open(uri);
  const where = `${obsidianNotePath(settings, title)}.md`;
  return settings.vault ? t('obsidianSentToVault', [where, settings.vault]) : t('obsidianSent', where);
}

/** A library article's note (the user's template; its saved text as the options say). */
export async function sendToObsidian(summary: ArticleSummary, copy: NoteWays['copy']): Promise<string> {
  const { articleMarkdown } = await import('./exports');
  const settings = await loadObsidianSettings();
  const markdown = await articleMarkdown(summary, settings.includeArticle);
  return sendNoteToObsidian(summary.title, markdown, settings, { copy, open: openFromExtensionTab });
}

/**
 * From a tab of Folio's own (the library, a saved article): Chrome hands an `obsidian:` address
 * to the app (asking the first time) and leaves the page where it is, or does nothing where no
 * app opens it. Firefox without the app would put its "The address wasn't understood" page in the
 * library's place: there the address opens in a tab of its own (where no app opens it, that tab
 * says so, and the library stays as it was).
 */
export function openFromExtensionTab(uri: string): Promise<unknown> | undefined {
  if (import.meta.env.BROWSER === 'firefox') return browser.tabs.create({ url: uri });
  window.location.assign(uri);
  return undefined;
}
