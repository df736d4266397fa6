import type { ObsidianSettings } from '../settings/obsidian-settings';
import { safeFileName } from './file-name';

/**
 * "Send to Obsidian" opens Obsidian's own `obsidian://new` address (help.obsidian.md/uri), as
 * Obsidian's Web Clipper does: the note itself goes by the clipboard (`clipboard`: an address
 * has a length limit, a note with its article has none), `content` is what Obsidian writes
 * instead when it cannot read the clipboard (before 1.7.2). Where the clipboard cannot be
 * written, a short note goes in `content` itself. Without `overwrite`, a note of the
 * same name is never replaced: Obsidian makes "Title 1" beside it, so what the user wrote in the
 * earlier note stays.
 */
export function obsidianNewNoteUri(
  settings: Pick<ObsidianSettings, 'vault' | 'folder'>,
  title: string,
  note: { clipboard: true; fallback: string } | { clipboard: false; content: string },
): string {
  const params = [
    ['file', obsidianNotePath(settings, title)],
    ...(settings.vault ? [['vault', settings.vault]] : []),
    ...(note.clipboard ? [['clipboard', undefined]] : []),
    ['content', note.clipboard ? note.fallback : note.content],
  ] as const;
  // encodeURIComponent, not URLSearchParams: Obsidian reads "+" as a plus, and wants %20 and %2F.
  return `obsidian://new?${params
    .map(([key, value]) => (value === undefined ? key : `${key}=${encodeURIComponent(value)}`))
    .join('&')}`;
}

/** The note's path inside the vault, without ".md": "Folio/关于读书". */
export function obsidianNotePath(settings: Pick<ObsidianSettings, 'folder'>, title: string): string {
  const folder = obsidianFolder(settings.folder);
  return `${folder ? `${folder}/` : ''}${obsidianNoteName(title)}`;
}

/** Longer notes go by the clipboard only: some systems cut an address of more than 32,767 characters. */
export const OBSIDIAN_URI_LIMIT = 30_000;

/**
 * A note's name Obsidian can link to: a file name any system accepts, without the characters
 * that mean something in an Obsidian link (# heading, ^ block, [ ] link, | alias).
 */
export function obsidianNoteName(title: string): string {
  return safeFileName(title.replace(/[#^[\]|]/g, ' '), undefined, '');
}

/**
 * The folder as a path inside the vault: each part a safe name, and no part that climbs out of
 * the vault ("..") or means nothing (".", empty, a leading or doubled slash).
 */
export function obsidianFolder(folder: string): string {
  return folder
    .split(/[\\/]/)
    .map((part) => part.trim())
    .filter((part) => part && part !== '.' && part !== '..')
    .map((part) => obsidianNoteName(part))
    .join('/');
}

/**
 * Exactly an address this module makes: `obsidian://new?` then percent-encoded parameters only
 * (what encodeURIComponent leaves, `%`, `&` and `=`), within the length limit.
 */
export function isObsidianNewNoteUri(address: string): boolean {
  return address.length <= OBSIDIAN_URI_LIMIT + 2_000 && /^obsidian:\/\/new\?[\w\-.!~*'()%&=]*$/.test(address);
}
