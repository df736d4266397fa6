/** Showing highlights without touching the DOM (CSS Custom Highlight API), and hit-testing them. */
export * from './custom-highlights';
export * from './print-copy';
