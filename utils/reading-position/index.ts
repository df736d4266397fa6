/** Remembering where the reader stopped on each page (browser.storage.local, newest 500 pages). */
export * from './reading-position';
