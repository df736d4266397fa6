import type { RemovalReport } from './report';

/**
 * React's streamed server rendering (Next.js and others) sends the late parts of a page at the
 * end of the body, in `<div hidden id="S:n">`, with a script (`$RC`) that moves each into its
 * place, a `<template id="B:n">` followed by a loading fallback and a closing `<!--/$-->`.
 * In a browser the scripts have run and there is nothing to do; in a page read without scripts
 * (the CLI, a saved file) the article itself can be in such a hidden div, so do what `$RC` does:
 * the fallback goes, the segment's content takes its place.
 */
export function completeStreamedHtml(doc: Document, report: RemovalReport): void {
  // React appends the segments to <body> itself: its children are all there is to look at
  // (an attribute selector over the whole page cost 5 ms a page in jsdom).
  const segments: Element[] = [];
  for (let c = doc.body?.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'DIV' && c.id.startsWith('S:') && c.hasAttribute('hidden')) segments.push(c);
  }
  for (const segment of segments) {
    const boundary = doc.getElementById(`B:${segment.id.slice(2)}`);
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

/** Removes the nodes after a boundary up to its closing `<!--/$-->`; returns that comment (or null). */
function removeFallback(boundary: Element): ChildNode | null {
  let depth = 0;
  let node = boundary.nextSibling;
  while (node) {
    if (node.nodeType === 8 /* comment */) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) return node;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  return null;
}
