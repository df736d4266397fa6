import type { RemovalReport } from './report';

/** A late part of a streamed page, hidden until a script puts it in its place (see below). */
export function isStreamedSegment(el: Element): boolean {
  return el.tagName === 'DIV' && el.id.startsWith('S:') && el.hasAttribute('hidden');
}

/**
 * React's streamed server rendering (Next.js and others) sends the late parts of a page at the
 * end of the body, in `<div hidden id="S:n">`, with a script (`$RC`) that moves each into its
 * place, a `<template id="B:n">` followed by a loading fallback and a closing `<!--/$-->`.
 * In a browser the scripts have run and there is nothing to do; in a page read without scripts
 * (the CLI, a saved file) the article itself can be in such a hidden div, so do what `$RC` does:
 * the fallback goes, the segment's content takes its place.
 *
 * A segment may itself hold a `<template id="P:n">`, a placeholder for a part that streamed later
 * still (`$RS`): segment S:n's content replaces it. Placeholders and segments are numbered by the
 * same counter, so P:n is S:n's place for sure; boundaries have their own, and B:n ↔ S:n is the
 * pairing React's scripts give on the pages seen (a saved page has lost those scripts).
 */
export function completeStreamedHtml(doc: Document, report: RemovalReport): void {
  // React appends the segments to <body> itself: its children are all there is to look at
  // (an attribute selector over the whole page cost 5 ms a page in jsdom).
  const segments: Element[] = [];
  for (let c = doc.body?.firstElementChild; c; c = c.nextElementSibling) {
    if (isStreamedSegment(c)) segments.push(c);
  }
  for (const segment of segments) {
    const number = segment.id.slice(2);
    const placeholder = doc.getElementById(`P:${number}`);
    if (placeholder?.parentNode) {
      while (segment.firstChild) placeholder.parentNode.insertBefore(segment.firstChild, placeholder);
      placeholder.remove();
      segment.remove();
      continue;
    }
    const boundary = doc.getElementById(`B:${number}`);
    const parent = boundary?.parentNode;
    if (!boundary || !parent) {
      // No place for it (the boundary was rendered differently): show it where it is.
      segment.removeAttribute('hidden');
      continue;
    }
    const end = removeFallback(boundary);
    while (segment.firstChild) parent.insertBefore(segment.firstChild, end);
    boundary.remove();
    segment.remove();
  }
  if (segments.length) report.note('pre-clean', `put ${segments.length} streamed segments in their places`);
}

/**
 * Removes the boundary's loading fallback; returns the node to put the content before. The
 * fallback runs up to the boundary's closing `<!--/$-->`. A page saved without its comments has
 * no such mark: then only a short text right after the boundary ("Loading paragraph...") is taken
 * for the fallback, since removing up to the end of the parent would take the article with it.
 */
function removeFallback(boundary: Element): ChildNode | null {
  const end = closingComment(boundary);
  if (end) {
    while (boundary.nextSibling && boundary.nextSibling !== end) boundary.nextSibling.remove();
    return end;
  }
  const next = boundary.nextElementSibling;
  const looksLikeFallback =
    next && next.childElementCount === 0 && (next.textContent ?? '').trim().length <= MAX_FALLBACK_TEXT;
  if (looksLikeFallback) {
    const after = next.nextSibling;
    next.remove();
    return after;
  }
  return boundary.nextSibling;
}

/** "Loading paragraph...", "Loading image…": what a fallback says, at most. */
const MAX_FALLBACK_TEXT = 40;

/** The boundary's `<!--/$-->` among its following siblings (nested boundaries skipped), if any. */
function closingComment(boundary: Element): ChildNode | null {
  let depth = 0;
  for (let node = boundary.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8 /* comment */) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  return null;
}
