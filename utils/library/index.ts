/** Finding things again in the library: search and filters over articles and highlights. Pure. */
export * from './search';
export * from './snippet';
