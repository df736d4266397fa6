/** Every cross-context contract of Folio: messages, storage keys, test hooks. */
export * from './messages';
export * from './storage-keys';
export * from './test-hooks';
