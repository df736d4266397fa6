import { createFolioDb, type FolioDb } from '../db';

let db: FolioDb | undefined;

/**
 * The library page's own connection to Folio's database (the same IndexedDB database, in the
 * extension's origin), for the bulk work that cannot go through a message: a backup, a restore,
 * a full export. A library can be larger than Chromium lets one message be (64 MiB), so these
 * read and write here, in one transaction each; everything else goes through the background's
 * services (see FolioService.listLibrary). The saved article page reads its kept pictures here
 * too: Blobs cannot cross Chrome's JSON messages.
 */
export function libraryDb(): FolioDb {
  db ??= createFolioDb();
  return db;
}
