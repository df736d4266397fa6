import { describe, expect, it } from 'vitest';
import { createFolioDb } from '../../utils/db';
import {
  isObsidianNewNoteUri,
  obsidianFolder,
  obsidianNewNoteUri,
  obsidianNoteName,
} from '../../utils/markdown/obsidian-uri';
import { FolioService } from '../../utils/services/folio-service';
import { DEFAULT_OBSIDIAN_SETTINGS, normalizeObsidianSettings } from '../../utils/settings/obsidian-settings';

const fallback = 'Update Obsidian';

describe('Send to Obsidian: the address', () => {
  it('names the note in its folder and vault, sends it by the clipboard, with words for an Obsidian that cannot read it', () => {
    const uri = obsidianNewNoteUri({ vault: 'My Notes', folder: 'Reading/文章' }, '关于读书 & 写作', {
      clipboard: true,
      fallback,
    });
    expect(uri).toBe(
      `obsidian://new?file=${encodeURIComponent('Reading/文章/关于读书 & 写作')}&vault=My%20Notes&clipboard&content=Update%20Obsidian`,
    );
    // Spaces and slashes as Obsidian reads them (%20, %2F), never "+".
    expect(uri).not.toContain('+');
    expect(uri).toContain('file=Reading%2F');
    const params = new URL(uri).searchParams;
    expect(params.get('file')).toBe('Reading/文章/关于读书 & 写作');
    expect(params.has('clipboard')).toBe(true);
    // Never told to overwrite: a note of the same name (and what the user wrote in it) stays.
    expect(params.has('overwrite')).toBe(false);
  });

  it('without a vault, Obsidian uses the one it has open; without the clipboard, the note is in the address', () => {
    const uri = obsidianNewNoteUri({ vault: '', folder: '' }, 'Notes', { clipboard: false, content: '# Notes\n\n> a' });
    const params = new URL(uri).searchParams;
    expect(params.has('vault')).toBe(false);
    expect(params.has('clipboard')).toBe(false);
    expect(params.get('file')).toBe('Notes');
    expect(params.get('content')).toBe('# Notes\n\n> a');
  });

  it('a title becomes a name Obsidian can link to and every system can store', () => {
    expect(obsidianNoteName('C# [draft] | part ^2: a/b?')).toBe('C draft part 2 a b');
    expect(obsidianNoteName('   ')).toBe('Untitled');
    expect(obsidianNoteName('CON')).toBe('_CON');
  });

  it('the folder stays inside the vault: no climbing out, no empty or doubled parts', () => {
    expect(obsidianFolder('../../etc')).toBe('etc');
    expect(obsidianFolder('/Reading//Articles/')).toBe('Reading/Articles');
    expect(obsidianFolder('a\\b')).toBe('a/b');
    expect(obsidianFolder(' . ')).toBe('');
    expect(obsidianFolder('Notes: #2')).toBe('Notes 2');
  });

  it('settings from storage or a backup are made valid', () => {
    expect(normalizeObsidianSettings(undefined)).toEqual(DEFAULT_OBSIDIAN_SETTINGS);
    expect(normalizeObsidianSettings({ vault: ' Work ', folder: 7, includeArticle: 'yes' })).toEqual({
      vault: 'Work',
      folder: 'Folio',
      includeArticle: true,
    });
    expect(normalizeObsidianSettings({ vault: 'v'.repeat(500) }).vault).toHaveLength(200);
  });

  it('the background opens an obsidian://new address for the reader, and nothing else', async () => {
    const db = createFolioDb('folio-obsidian-open');
    const opened: string[] = [];
    const service = new FolioService(db, undefined, undefined, undefined, async (url) => opened.push(url));
    const made = obsidianNewNoteUri({ vault: 'V', folder: 'Folio' }, '读书 (1) it’s', { clipboard: true, fallback });
    expect(isObsidianNewNoteUri(made)).toBe(true);
    await service.openObsidianAddress(made);
    expect(opened).toEqual([made]);
    for (const other of [
      'https://evil.example/',
      'javascript:alert(1)',
      'obsidian://open?vault=V',
      'obsidian://new?file=a b',
      'obsidian://new?file=a\njavascript:x',
      `obsidian://new?content=${'a'.repeat(40_000)}`,
      'OBSIDIAN://new?file=a',
    ]) {
      await expect(service.openObsidianAddress(other)).rejects.toThrow('Only an obsidian://new address can be opened.');
    }
    expect(opened).toHaveLength(1);
    await db.delete();
  });
});
