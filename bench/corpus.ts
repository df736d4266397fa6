import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The development corpus lives outside the repo, in ../shared/corpus (892 pages with ground truth,
 * and score.mjs, the metric). A newcomer's clone has none: callers say so and skip.
 */
export const CORPUS_DIR = resolve(process.env.FOLIO_CORPUS ?? join(import.meta.dirname, '../../shared/corpus'));

export interface CorpusPage {
  set: string;
  id: string;
  url: string;
  text: string;
  with?: string[];
  without?: string[];
  title?: string;
  author?: string;
  published?: string;
  html(): string;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'score.mjs'));
}

export function loadCorpus(sets: string[], limit?: number, ids?: string[]): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const set of sets) {
    const dir = join(CORPUS_DIR, set);
    let list = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    if (ids) list = list.filter((id) => ids.includes(id));
    if (limit !== undefined) list = list.slice(0, limit);
    for (const id of list) {
      const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
      pages.push({
        set,
        id,
        ...meta,
        html: () => gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString('utf8'),
      });
    }
  }
  return pages;
}

export interface Metric {
  tokenize(text: string): string[];
  shingleScore(truth: string, pred: string): { precision: number | null; recall: number | null; f1: number };
  aggregateShingle(scores: { precision: number | null; recall: number | null }[]): {
    precision: number;
    recall: number;
    f1: number;
  };
  wordScore(reference: string, predicted: string): { precision: number; recall: number; f1: number };
  snippetScore(text: string, w?: string[], wo?: string[]): { withPresent: number | null; withoutAbsent: number | null };
  mean(xs: (number | null | undefined)[]): number;
}

/** The corpus's own scorer (score.mjs exports its metric functions). */
export async function loadMetric(): Promise<Metric> {
  return (await import(join(CORPUS_DIR, 'score.mjs'))) as Metric;
}
