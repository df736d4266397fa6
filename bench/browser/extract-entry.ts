/**
 * Bundled for the page by bench/extract-browser.bench.ts: times plain Readability, Readability
 * with Folio's speed-ups, and Folio's whole extractor on copies of the open page.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';
import { fasterReadability } from '../../utils/extract/readability-speedups';
import { percentile } from '../stats';

const EXTRACTORS = {
  readability: (doc: Document) => new Readability(doc).parse(),
  'readability + speed-ups': (doc: Document) => fasterReadability(doc).parse(),
  folio: (doc: Document) => extractArticle(doc, { url: location.href, consumeDocument: true }),
};
export type ExtractorName = keyof typeof EXTRACTORS;

/** Median milliseconds per extractor over `runs` rounds (order rotated each round), and whether
 * the speed-ups changed Readability's answer. */
export function timeExtractors(runs: number): { medians: Record<ExtractorName, number>; sameParse: boolean } {
  const names = Object.keys(EXTRACTORS) as ExtractorName[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<ExtractorName, number[]>;
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as ExtractorName;
      const doc = document.cloneNode(true) as Document;
      const start = performance.now();
      EXTRACTORS[name](doc);
      times[name].push(performance.now() - start);
    }
  }
  const plain = JSON.stringify(EXTRACTORS.readability(document.cloneNode(true) as Document));
  const faster = JSON.stringify(EXTRACTORS['readability + speed-ups'](document.cloneNode(true) as Document));
  const medians = Object.fromEntries(names.map((name) => [name, percentile(times[name], 0.5)])) as Record<
    ExtractorName,
    number
  >;
  return { medians, sameParse: plain === faster };
}
