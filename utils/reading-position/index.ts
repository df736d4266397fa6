/** Where the reader stopped on each page (storage.local), and the rules for using it (pure). */
export * from './positions';
export * from './reading-position';
