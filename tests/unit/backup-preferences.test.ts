import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  type CurrentPreferences,
  mergeReadingPositions,
  planPreferences,
  validateBackup,
} from '../../utils/backup';
import { createFolioDb } from '../../utils/db';
import { DEFAULT_LISTEN_SETTINGS } from '../../utils/settings/listen-settings';
import { DEFAULT_OBSIDIAN_SETTINGS } from '../../utils/settings/obsidian-settings';
import { DEFAULT_SETTINGS } from '../../utils/settings/reader-settings';
import { backupIfDue } from '../../utils/sync/server-backups';

/** A browser where the user set nothing yet (a new computer). */
const freshBrowser = (): CurrentPreferences => ({
  reader: DEFAULT_SETTINGS,
  listen: DEFAULT_LISTEN_SETTINGS,
  markdownTemplate: '',
  obsidian: DEFAULT_OBSIDIAN_SETTINGS,
  alwaysOpenSites: [],
  readingPositions: {},
});

/** The old computer's: dark sepia type, a Chinese voice, a template, a site, where reading stopped. */
const oldComputer = (): CurrentPreferences => ({
  reader: { ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 },
  listen: { rate: 1.4, voiceByLanguage: { zh: 'Tingting', en: 'Samantha' } },
  markdownTemplate: '# {{title}}\n{{highlights}}',
  obsidian: { vault: 'Notes', folder: 'Reading/Articles', includeArticle: false },
  alwaysOpenSites: ['https://www.fanwen.example'],
  readingPositions: {
    'https://www.fanwen.example/a.html': { fraction: 0.4, savedAt: 2000 },
    'https://news.example/b': { fraction: 0.7, savedAt: 1000 },
  },
});

const restored = (preferences: unknown) => {
  const check = validateBackup(JSON.stringify({ ...buildBackup([], []), preferences }));
  if (!check.ok) throw new Error(check.errors.join(' '));
  return check;
};

describe('preferences in backups', () => {
  it('a backup carries the settings, the template, the sites and the reading positions, and gives them back', () => {
    const json = JSON.stringify(buildBackup([], [], { preferences: oldComputer() }));
    const check = validateBackup(json);
    expect(check.ok && check.backup.preferences).toEqual(oldComputer());
    expect(check.ok && check.rejected).toEqual([]);
  });

  it('never carries the sync settings: a backup made with them has no password in it', () => {
    const json = JSON.stringify(buildBackup([], [], { preferences: oldComputer() }));
    expect(json).not.toMatch(/password|passphrase/i);
    // And a file that adds such a field has it dropped, as any unknown field.
    const check = restored({ ...oldComputer(), sync: { password: 'hunter2' } });
    expect(JSON.stringify(check.backup)).not.toContain('hunter2');
  });

  it('a hostile or broken preferences part is rebuilt from known fields, or left out with its reason', () => {
    const text = `{"format":"folio-backup","version":1,"articles":[],"highlights":[],"preferences":{
      "reader":{"theme":"neon","fontSize":500,"__proto__":{"polluted":1}},
      "listen":{"rate":"fast","voiceByLanguage":{"__proto__":"evil","zh":"Tingting","x-very-long-tag":"v"}},
      "markdownTemplate":${JSON.stringify('x'.repeat(100_001))},
      "alwaysOpenSites":["javascript:alert(1)"],
      "readingPositions":{"__proto__":{"fraction":0.5,"savedAt":1},"file:///etc/passwd":{"fraction":0.5,"savedAt":1},
        "https://ok.example/a":{"fraction":0.5,"savedAt":1},"https://ok.example/b":{"fraction":7,"savedAt":1}}}}`;
    const check = validateBackup(text);
    if (!check.ok) throw new Error('refused');
    const p = check.backup.preferences;
    expect(p?.reader).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32 });
    expect(p?.listen).toEqual({ rate: 1, voiceByLanguage: { zh: 'Tingting' } });
    expect(Object.getPrototypeOf(p?.listen?.voiceByLanguage)).toBe(Object.prototype);
    expect(p?.markdownTemplate).toBeUndefined();
    expect(p?.alwaysOpenSites).toBeUndefined();
    expect(p?.readingPositions).toEqual({ 'https://ok.example/a': { fraction: 0.5, savedAt: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(check.rejected.map((r) => r.item)).toEqual(['Markdown template', 'Sites where the reader opens by itself']);
  });

  it('a site must be exactly a web origin; a preferences part that is no object is left out', () => {
    const check = restored({
      alwaysOpenSites: ['https://a.example', 'https://a.example', 'http://b.example:8080'],
      reader: 'dark',
    });
    expect(check.backup.preferences?.alwaysOpenSites).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(check.rejected).toEqual([{ item: 'Reading view settings', reason: 'they must be an object.' }]);
    expect(restored({ alwaysOpenSites: ['https://a.example/path'] }).backup.preferences).toBeUndefined();
    expect(restored('everything').rejected).toEqual([
      { item: 'Preferences', reason: '"preferences" must be an object.' },
    ]);
  });

  it('on a new computer everything differs and nothing set there is replaced', () => {
    const plan = planPreferences(oldComputer(), freshBrowser());
    expect(plan).toEqual({
      differing: ['reader', 'listen', 'markdownTemplate', 'obsidian'],
      setHere: [],
      newSites: ['https://www.fanwen.example'],
      newerPositions: 2,
    });
  });

  it('an older backup over a browser set up since says which of its settings it would replace', () => {
    const here: CurrentPreferences = {
      ...freshBrowser(),
      // The user wrote a template here since; the reading view is as the backup's.
      markdownTemplate: '## {{title}}',
      reader: { ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 },
      alwaysOpenSites: ['https://www.fanwen.example'],
      readingPositions: { 'https://www.fanwen.example/a.html': { fraction: 0.9, savedAt: 5000 } },
    };
    expect(planPreferences(oldComputer(), here)).toEqual({
      differing: ['listen', 'markdownTemplate', 'obsidian'],
      setHere: ['markdownTemplate'],
      newSites: [],
      newerPositions: 1,
    });
    // The same preferences with their keys in another order are the same.
    const reader = Object.fromEntries(Object.entries(oldComputer().reader).reverse()) as never;
    expect(JSON.stringify(reader)).not.toBe(JSON.stringify(oldComputer().reader));
    expect(planPreferences(oldComputer(), { ...oldComputer(), reader }).differing).toEqual([]);
  });

  it('reading positions merge: each page keeps its newer place, and only the newest 500 pages', () => {
    const here = {
      'https://a.example/': { fraction: 0.8, savedAt: 10 },
      'https://b.example/': { fraction: 0.1, savedAt: 1 },
    };
    const file = {
      'https://a.example/': { fraction: 0.2, savedAt: 5 },
      'https://b.example/': { fraction: 0.6, savedAt: 7 },
    };
    expect(mergeReadingPositions(here, file)).toEqual({
      'https://a.example/': { fraction: 0.8, savedAt: 10 },
      'https://b.example/': { fraction: 0.6, savedAt: 7 },
    });
    const many = Object.fromEntries(
      Array.from({ length: 600 }, (_, i) => [`https://x.example/${i}`, { fraction: 0.5, savedAt: i }]),
    );
    const merged = mergeReadingPositions({}, many);
    expect(Object.keys(merged)).toHaveLength(500);
    expect(merged['https://x.example/599']).toBeDefined();
    expect(merged['https://x.example/99']).toBeUndefined();
    // The preview counts only the places the merge keeps: 500 newer pages here leave no room for
    // a backup's three older ones.
    const fullHere = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`https://here.example/${i}`, { fraction: 0.5, savedAt: 1000 + i }]),
    );
    const older = Object.fromEntries(
      Array.from({ length: 3 }, (_, i) => [`https://old.example/${i}`, { fraction: 0.5, savedAt: i }]),
    );
    expect(
      planPreferences({ readingPositions: older }, { ...freshBrowser(), readingPositions: fullHere }).newerPositions,
    ).toBe(0);
    expect(planPreferences({ readingPositions: older }, freshBrowser()).newerPositions).toBe(3);
  });

  it('the weekly backup on the sync server carries the preferences too', async () => {
    const db = createFolioDb('folio-preferences-server-backup');
    try {
      await db.articles.add({ id: 'a1', url: 'https://a.example/', title: 'A', tags: [], createdAt: 1, updatedAt: 1 });
      let written = '';
      const store = {
        backupFileName: (day: string) => `backups/folio-backup-${day}.json`,
        writeBackup: async (_file: string, json: string) => {
          written = json;
          return json.length;
        },
        deleteBackup: async () => {},
      };
      await backupIfDue(
        {
          db,
          backups: { everyDays: 7, keep: 5 },
          siteRules: { load: async () => [] },
          preferences: { load: async () => oldComputer() },
        },
        store as never,
        { backups: [] } as never,
        Date.UTC(2026, 11, 5),
      );
      const check = validateBackup(written);
      expect(check.ok && check.backup.preferences).toEqual(oldComputer());
    } finally {
      await db.delete();
    }
  });
});
