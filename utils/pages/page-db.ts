import { createFolioDb, type FolioDb } from '../db';

let db: FolioDb | undefined;

/**
 * The database as extension pages read it (live queries). Pages only read; every write goes to
 * the background's services, so the database keeps one writer.
 */
export function pageDb(): FolioDb {
  db ??= createFolioDb();
  return db;
}
