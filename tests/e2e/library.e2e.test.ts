import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { FolioBrowser } from './support/chromium';
import { runFolioCommand } from './support/commands';
import type { FixtureServer } from './support/fixture-server';
import { openLibraryTools } from './support/library';
import { LISTEN_SETTINGS_ELSEWHERE, READER_SETTINGS_ELSEWHERE } from './support/preferences';
import { clickInReader, selectInReader } from './support/reader-actions';
import { savedInReader } from './support/reader-dom';
import { inReader, openReaderOn, waitForReader } from './support/reader-frame';
import { openFolioAndFixtures } from './support/session';

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

let folio: FolioBrowser;
let server: FixtureServer;

openFolioAndFixtures((launched, started) => {
  folio = launched;
  server = started;
});

describe('library and export', () => {
  it('a highlight made in the reader is exported from the library as Markdown', async () => {
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-essay.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    const QUOTE = '读、摘、思、写';
    await selectInReader(page, QUOTE);
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    await clickInReader(page, 'button[title="Save article"]');
    await waitForReader(page, savedInReader);

    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.getByRole('link', { name: '关于提升青年读书习惯的几点思考' }).waitFor();
    // The row's actions are in its menu, which the keyboard opens and walks as well.
    await library.getByRole('button', { name: 'More actions for “关于提升青年读书习惯的几点思考”' }).focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Download .md');
    await library.keyboard.press('ArrowUp'); // wraps to the last item
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Delete');
    await library.keyboard.press('Escape');
    await expect.poll(() => library.getByRole('menu').count()).toBe(0);
    await library.getByRole('button', { name: 'More actions for “关于提升青年读书习惯的几点思考”' }).click();
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('menuitem', { name: 'Download .md', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('关于提升青年读书习惯的几点思考.md');
    // The export says it happened.
    await expect
      .poll(() => library.getByText('Saved “关于提升青年读书习惯的几点思考.md” to your downloads.').count())
      .toBe(1);
    const markdown = await readFile((await download.path()) as string, 'utf8');
    const [, yamlText, body] = markdown.split(/^---$/m);
    expect(parseYaml(yamlText as string)).toMatchObject({
      title: '关于提升青年读书习惯的几点思考',
      source: server.url('zh-essay.html'),
      site: '范文天地',
    });
    expect(body).toContain(`> ${QUOTE} ^`);
    expect(body).toContain('## Article');
    expect(body).toContain(`==${QUOTE}==`);

    // Everything in one Markdown file: the note without per-article frontmatter, the quote kept.
    await openLibraryTools(library);
    const [combined] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all as one Markdown file' }).click(),
    ]);
    expect(combined.suggestedFilename()).toMatch(/^folio-notes-\d{4}-\d{2}-\d{2}\.md$/);
    const all = await readFile((await combined.path()) as string, 'utf8');
    expect(all).toContain('关于提升青年读书习惯的几点思考');
    expect(all).toContain(`> ${QUOTE} ^`);
    expect(all.startsWith('---')).toBe(false);

    // Filters: the article has a yellow highlight, no green one.
    const articleLink = library.getByRole('link', { name: '关于提升青年读书习惯的几点思考' });
    await library.getByLabel('Colour').selectOption('green');
    await expect.poll(() => articleLink.count()).toBe(0);
    await library.getByLabel('Colour').selectOption('yellow');
    await expect.poll(() => articleLink.count()).toBe(1);
    await library.getByLabel('Colour').selectOption('');

    // Tags on the article itself, with the library's tags offered while typing.
    await library.getByRole('button', { name: '+ tags' }).click();
    await library.getByLabel('Tags', { exact: true }).fill('论文, #reading');
    await library.getByLabel('Tags', { exact: true }).press('Enter');
    await expect.poll(() => library.locator('.library-tag-edit').first().textContent()).toBe('#论文 #reading');

    // Search finds an article by its tag, counts what it found, and shows why, the tag marked.
    await library.getByLabel('Search titles, highlights, notes and tags').fill('论文');
    await expect.poll(() => library.locator('.library-found').textContent()).toBe('Found 1 article and 0 highlights.');
    const snippet = library.locator('.library-item .library-snippet');
    await expect.poll(() => snippet.textContent()).toBe('Tag #论文');
    expect(await snippet.locator('mark').textContent()).toBe('论文');
    // A word of the quote: the highlight is the snippet, in the Highlights view it is marked too.
    await library.getByLabel('Search titles, highlights, notes and tags').fill('摘、思');
    await expect.poll(() => snippet.textContent()).toBe(`Highlight ${QUOTE}`);
    await library.getByLabel('Search titles, highlights, notes and tags').fill('');
    await expect.poll(() => library.locator('.library-found').count()).toBe(0);

    // Per highlight, in the Highlights view: delete (a danger button) with Undo.
    await library.getByRole('tab', { name: 'Highlights' }).click();
    const quote = library.locator('.library-quote', { hasText: QUOTE });
    await expect.poll(() => quote.count()).toBe(1);
    await library.getByRole('button', { name: `Delete the highlight “${QUOTE}”` }).click();
    await expect.poll(() => quote.count()).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => quote.count()).toBe(1);
    // Its note, written here without opening the article: Save stores it, Cancel leaves it.
    await library.getByRole('button', { name: 'Add note' }).click();
    await library.getByLabel('Note', { exact: true }).fill('读书会可以用');
    await library.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => library.locator('.library-note').textContent()).toBe('Note 读书会可以用');
    await library.getByRole('button', { name: 'Edit note' }).click();
    await library.getByLabel('Note', { exact: true }).fill('not kept');
    await library.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => library.locator('.library-note').textContent()).toBe('Note 读书会可以用');
    expect(
      await folio.serviceWorker.evaluate(async () =>
        (
          await (
            globalThis as unknown as { folio: { db: { highlights: { toArray(): Promise<{ note: string }[]> } } } }
          ).folio.db.highlights.toArray()
        ).map((h) => h.note),
      ),
    ).toContain('读书会可以用');
    await library.getByRole('tab', { name: 'Articles' }).click();

    // The saved article opens offline in the same reader.
    await library.getByRole('link', { name: '关于提升青年读书习惯的几点思考' }).click();
    await library.waitForURL(/article\.html\?id=/);
    await expect.poll(() => library.locator('.folio-title').textContent()).toBe('关于提升青年读书习惯的几点思考');
    await library.close();
    await page.close();
  });

  it('Send to Obsidian: the note on the clipboard, and Obsidian asked for it in the folder and vault set on the options page', async () => {
    const title = 'Notes on #reading: a [draft]';
    // The article sent above three others: its menu's lower items lie over the next rows.
    for (const [t, url] of [
      ['An older article', 'https://essays.example/older-1'],
      ['Another older article', 'https://essays.example/older-2'],
      ['A third older article', 'https://essays.example/older-3'],
      [title, 'https://essays.example/obsidian'],
    ]) {
      await folio.serviceWorker.evaluate(
        ([t, url]) =>
          (
            globalThis as unknown as {
              folio: { service: { createHighlight(a: object, h: object): Promise<unknown> } };
            }
          ).folio.service.createHighlight(
            { url, title: t },
            {
              target: {
                selector: [{ type: 'TextQuoteSelector', exact: 'keep the passage', prefix: '', suffix: '' }],
              },
              color: 'green',
              note: 'for the essay',
              tags: [],
            },
          ),
        [t, url],
      );
    }
    const origin = `chrome-extension://${folio.extensionId}`;

    // The options page: a vault, and a folder typed as a path that would climb out of it.
    const options = await folio.context.newPage();
    await options.goto(`${origin}/options.html`);
    const form = options.locator('form', { has: options.getByLabel('Vault', { exact: true }) });
    await form.getByLabel('Vault', { exact: true }).fill('Reading vault');
    await form.getByLabel('Folder in the vault').fill('../Notes//Folio/');
    await form.getByLabel("The note holds the article's text below the highlights").uncheck();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved.');
    expect(await form.getByLabel('Folder in the vault').inputValue()).toBe('Notes/Folio');
    await options.close();

    const library = await folio.context.newPage();
    await library.goto(`${origin}/library.html`);
    // What the library asks the browser to open: an obsidian: address is handed to the app, the
    // page stays (seen where Chromium is asked to navigate, before it looks for the app).
    const cdp = await folio.context.newCDPSession(library);
    await cdp.send('Page.enable');
    const asked: string[] = [];
    cdp.on('Page.frameRequestedNavigation', (event) => asked.push(event.url));
    await library.getByRole('button', { name: `More actions for “${title}”` }).click();
    await library.getByRole('menuitem', { name: 'Send to Obsidian' }).click();
    await expect
      .poll(() => library.getByRole('status').filter({ hasText: 'Obsidian' }).textContent())
      .toBe(
        'Sent to Obsidian as Notes/Folio/Notes on reading a draft.md in the vault Reading vault. If Obsidian did not open, the note is on the clipboard to paste.',
      );
    await expect.poll(() => asked.length).toBe(1);
    const uri = new URL(asked[0] as string);
    expect(uri.protocol).toBe('obsidian:');
    expect(uri.host).toBe('new');
    expect(uri.searchParams.get('file')).toBe('Notes/Folio/Notes on reading a draft');
    expect(uri.searchParams.get('vault')).toBe('Reading vault');
    expect(uri.searchParams.has('clipboard')).toBe(true);
    expect(library.url()).toBe(`${origin}/library.html`);
    // Read back from a web page allowed to read the clipboard (an extension's origin cannot be).
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const reader = await folio.context.newPage();
    await reader.goto(server.url('zh-news.html'));
    const note = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    expect(note).toContain('> keep the passage ^');
    expect(note).toContain('for the essay');
    expect(note).not.toContain('## Article');
    await library.close();
  });

  it('a backup file that is not one is refused whole; bad records are listed before anything is written', async () => {
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await openLibraryTools(library);
    await library.locator('.library-item, .library-empty').first().waitFor(); // the list has loaded
    const before = await library.locator('.library-item').count();
    const restoreFrom = (text: string) =>
      library.getByLabel('Restore from a backup:').setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
    await restoreFrom('{"format":"folio-backup","version":1,"articles":[');
    await expect.poll(() => library.getByRole('status').last().textContent()).toMatch(/Nothing was changed.*truncated/);

    await restoreFrom(
      '{"format":"folio-backup","version":1,"articles":[{"id":"a","url":"https://x.test/"}],"highlights":[]}',
    );
    const preview = library.getByRole('region', { name: 'Restore preview' });
    await expect.poll(() => preview.textContent()).toMatch(/Left out, 1 records:.*Article 1: "title" must be text/);
    expect(await preview.textContent()).toContain('there is nothing to restore');
    expect(await preview.getByRole('button', { name: 'Restore' }).isDisabled()).toBe(true);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => library.getByRole('status').last().textContent())
      .toBe('Restore cancelled. Nothing was changed.');
    expect(await library.locator('.library-item').count()).toBe(before);
    await library.close();
  });

  it('export → wipe → restore gives back every record, after a preview of what will be written', async () => {
    // A library with an article saved offline and highlights with notes and tags.
    const page = await folio.context.newPage();
    await page.goto(server.url('zh-news.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await selectInReader(page, '晚间到馆人数比以往增加了近一倍');
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    await clickInReader(page, 'button[title="Save article"]');
    await waitForReader(page, savedInReader);
    await page.close();
    type Db = {
      folio: {
        db: Record<
          'articles' | 'highlights' | 'savedCopies',
          { toArray(): Promise<{ id?: string; articleId?: string }[]>; clear(): Promise<void> }
        >;
      };
    };
    const everything = () =>
      folio.serviceWorker.evaluate(async () => {
        const { db } = (globalThis as unknown as Db).folio;
        const key = (r: { id?: string; articleId?: string }) => r.id ?? r.articleId ?? '';
        const sorted = (list: { id?: string; articleId?: string }[]) =>
          list.sort((a, b) => key(a).localeCompare(key(b)));
        return {
          articles: sorted(await db.articles.toArray()),
          highlights: sorted(await db.highlights.toArray()),
          savedCopies: sorted(await db.savedCopies.toArray()),
        };
      });
    const before = await everything();
    expect(before.articles.length).toBeGreaterThan(0);
    expect(before.savedCopies.length).toBeGreaterThan(0);

    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.locator('.library-item').first().waitFor();
    await openLibraryTools(library);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
    ]);
    const backupFile = (await download.path()) as string;

    await folio.serviceWorker.evaluate(async () => {
      const { db } = (globalThis as unknown as Db).folio;
      await db.articles.clear();
      await db.highlights.clear();
      await db.savedCopies.clear();
    });
    await library.reload();
    await library.locator('.library-empty').first().waitFor();
    await openLibraryTools(library);

    await library.getByLabel('Restore from a backup:').setInputFiles(backupFile);
    const preview = library.getByRole('region', { name: 'Restore preview' });
    await expect
      .poll(() => preview.textContent())
      .toContain(`Add ${before.articles.length} articles and ${before.highlights.length} highlights`);
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => library.getByRole('status').last().textContent())
      .toBe(
        `Restored: added ${before.articles.length} articles and ${before.highlights.length} highlights, updated 0 articles and 0 highlights.`,
      );
    expect(await everything()).toEqual(before);
    await expect.poll(() => library.locator('.library-item').count()).toBe(before.articles.length);

    // The same file again: everything is already here, nothing to write.
    await library.getByLabel('Restore from a backup:').setInputFiles(backupFile);
    await expect.poll(() => preview.textContent()).toContain('there is nothing to restore');
    await library.close();
  });

  it('a backup brings the settings back to a new browser; over settings made since, it asks before replacing them', async () => {
    type Chrome = {
      chrome: {
        storage: {
          local: {
            get(k: string[]): Promise<object>;
            set(v: object): Promise<void>;
            remove(k: string[]): Promise<void>;
          };
        };
      };
    };
    const KEYS = ['readerSettings', 'listenSettings', 'markdownTemplate', 'alwaysOpenSites', 'readingPositions'];
    const stored = () =>
      folio.serviceWorker.evaluate((keys) => (globalThis as unknown as Chrome).chrome.storage.local.get(keys), KEYS);
    const store = (items: object) =>
      folio.serviceWorker.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), items);
    const oldComputer = {
      readerSettings: READER_SETTINGS_ELSEWHERE,
      listenSettings: LISTEN_SETTINGS_ELSEWHERE,
      markdownTemplate: '# {{title}}\n\n{{highlights}}',
      alwaysOpenSites: [server.origin],
      readingPositions: { [server.url('zh-news.html')]: { fraction: 0.4, savedAt: Date.now() } },
    };
    await store(oldComputer);

    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    // Loaded (the tools unfold by themselves in an empty library), then unfolded.
    await library.locator('.library-empty, .library-item').first().waitFor();
    await openLibraryTools(library);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
    ]);
    const backupFile = (await download.path()) as string;

    // A new browser: nothing set.
    await folio.serviceWorker.evaluate(
      (keys) => (globalThis as unknown as Chrome).chrome.storage.local.remove(keys),
      KEYS,
    );
    await library.getByLabel('Restore from a backup:').setInputFiles(backupFile);
    const preview = library.getByRole('region', { name: 'Restore preview' });
    const settings = preview.getByRole('group', { name: 'Settings' });
    const useSettings = settings.getByLabel("Use this backup's settings: reading view, read aloud, Markdown template.");
    await expect.poll(() => useSettings.isChecked()).toBe(true);
    expect(
      await settings
        .getByLabel(`Open the reader by itself again on ${new URL(server.origin).host}`, { exact: false })
        .isChecked(),
    ).toBe(true);
    expect(await settings.textContent()).toContain('Bring back where you stopped reading on 1 page.');
    expect(await settings.textContent()).not.toContain('This replaces what you set');
    await preview.getByRole('button', { name: 'Restore' }).click();
    const restored = library.getByRole('status').filter({ hasText: 'Restored:' });
    await expect.poll(() => restored.textContent()).toMatch(/^Restored: .* Settings restored\.$/);
    expect(await stored()).toEqual(oldComputer);

    // Since then a template of the user's own here: the same backup leaves it unless asked.
    await store({ markdownTemplate: '## mine' });
    await library.getByLabel('Restore from a backup:').setInputFiles(backupFile);
    const only = preview
      .getByRole('group', { name: 'Settings' })
      .getByLabel("Use this backup's settings: Markdown template.");
    await expect.poll(() => only.isChecked()).toBe(false);
    const restoreButton = preview.getByRole('button', { name: 'Restore' });
    expect(await restoreButton.isDisabled()).toBe(true); // nothing else in the file is new
    await only.check();
    await expect
      .poll(() => preview.textContent())
      .toContain('This replaces what you set in this browser: Markdown template.');
    expect(await restoreButton.isDisabled()).toBe(false);
    await only.uncheck();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(((await stored()) as { markdownTemplate: string }).markdownTemplate).toBe('## mine');
    await folio.serviceWorker.evaluate(
      (keys) => (globalThis as unknown as Chrome).chrome.storage.local.remove(keys),
      KEYS,
    );
    await library.close();
  });

  it('an open library shows, without a reload, a highlight made in a reader', async () => {
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await library.locator('.library-item, .library-empty').first().waitFor(); // the list has loaded
    // An article no test before this one touched: the restore test leaves zh-news.html with a
    // highlight, which read "1 highlight" before this test's own was counted (and, when the
    // update came first, "2 highlights").
    const page = await folio.context.newPage();
    await page.goto(server.url('en-article.html'));
    await runFolioCommand(folio.serviceWorker, page, 'toggle-reader');
    await waitForReader(page, (root) => root.querySelector('.folio-content p') !== null);
    await selectInReader(page, 'Slow reading is not about reading fewer words per minute');
    await clickInReader(page, '.folio-selection-toolbar .folio-swatch');
    // The article appears in the library that was already open, with its highlight counted.
    const item = library.locator('.library-item', { hasText: 'Why Slow Reading Still Matters' });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toMatch(/1 highlight(?!s)/);
    await page.close();
    await library.close();
  });

  it('imports a Kindle file after a preview, lists its books, and Undo takes the import back as one step', async () => {
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    await openLibraryTools(library);
    await library.locator('.library-item, .library-empty').first().waitFor();
    const before = await library.locator('.library-item').count();
    const input = library.getByLabel('Import from another tool (Omnivore, Kindle, Hypothesis, Readwise):');
    await input.setInputFiles(resolve(IMPORTS, 'kindle-en.txt'));
    const preview = library.getByRole('region', { name: 'Import preview' });
    await expect
      .poll(() => preview.textContent())
      .toContain('In this kindle file: 2 articles or books, 2 highlights (1 with a note).');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => library.getByText('Imported 2 new articles and 2 highlights.').count()).toBe(1);
    await expect.poll(() => library.locator('.library-item').count()).toBe(before + 2);
    expect(await library.getByText('The Art of Slow Reading').count()).toBeGreaterThan(0);

    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => library.getByText('The import was undone.').count()).toBe(1);
    await expect.poll(() => library.locator('.library-item').count()).toBe(before);

    // A broken file: a message, and nothing changed.
    await input.setInputFiles({
      name: 'omnivore.zip',
      mimeType: 'application/zip',
      buffer: readFileSync(resolve(IMPORTS, 'omnivore.zip')).subarray(0, 300),
    });
    await expect.poll(() => library.getByText(/Nothing was changed: This zip cannot be read/).count()).toBe(1);
    expect(await library.locator('.library-item').count()).toBe(before);
    await library.close();
  });

  it('shows how far each article was read, as the reader moves on, and lists those in progress', async () => {
    const page = await openReaderOn(folio, server.url('generated/typeset-long.html'), { width: 1000, height: 700 });
    await clickInReader(page, 'button[title="Save article"]');
    const library = await folio.context.newPage();
    await library.goto(`chrome-extension://${folio.extensionId}/library.html`);
    const row = library.locator('.library-item', { hasText: 'Notes at length' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.library-meta').textContent()).not.toMatch(/% read|Read to the end/);
    const scrollTo = (fraction: number) =>
      inReader(
        page,
        (root, share) => {
          const scroller = root.querySelector('.folio-scroll') as HTMLElement;
          scroller.scrollTo({ top: (scroller.scrollHeight - scroller.clientHeight) * share, behavior: 'instant' });
        },
        fraction,
      );
    // In a narrow window the filters take two lines: each list stays beside its name.
    await library.setViewportSize({ width: 800, height: 700 });
    const apart = await library.locator('.library-filters select').evaluateAll((selects) =>
      selects.flatMap((select) => {
        const label = document.querySelector(`label[for="${select.id}"]`) as HTMLElement;
        const a = label.getBoundingClientRect();
        const b = select.getBoundingClientRect();
        return a.bottom > b.top && b.bottom > a.top && b.left > a.left ? [] : [label.textContent];
      }),
    );
    expect(apart).toEqual([]);
    // Halfway in the reader: the library, open in another tab, says so by itself.
    await scrollTo(0.5);
    await expect.poll(() => row.locator('.library-meta').textContent(), { timeout: 10_000 }).toMatch(/\b\d{2}% read/);
    const reading = library.getByLabel('Reading', { exact: true });
    await reading.selectOption({ label: 'Finished' });
    await expect.poll(() => row.count()).toBe(0);
    await reading.selectOption({ label: 'In progress' });
    await expect.poll(() => row.count()).toBe(1);
    // To the end: read, and no longer among those begun.
    await scrollTo(1);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    await reading.selectOption({ label: 'Finished' });
    await expect.poll(() => row.locator('.library-meta').textContent()).toContain('Read to the end');
    await page.close();
    await library.close();
  });
});
