/** The message open readers listen for, to refresh a page's highlights made or changed elsewhere. */
export const HIGHLIGHTS_CHANGED = 'folio:highlights-changed';
