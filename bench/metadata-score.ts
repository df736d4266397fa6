/**
 * How right the article's metadata is, against the corpus's own annotations (WCXB's `title`,
 * `author`, `published`): compared after normalizing case, white space, punctuation and a leading
 * "By"; authors as the same names in the same order whatever joins them ("A and B" = "A, B");
 * dates by the day.
 */

export interface ExtractedMetadata {
  title?: string;
  byline?: string;
  publishedTime?: string;
}

export interface MetadataTruth {
  title?: string;
  author?: string;
  published?: string;
}

/** Letters and digits of every script, lower-cased, one space between words. */
export function normalizeText(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()]
    .map((c) => (/[\p{L}\p{N}]/u.test(c) ? c : ' '))
    .join('')
    .split(' ')
    .filter(Boolean)
    .join(' ');
}

export function normalizeAuthor(text: string): string {
  const words = normalizeText(text).split(' ');
  if (words[0] === 'by') words.shift();
  return words.filter((w) => w !== 'and' && w !== '和' && w !== '与').join(' ');
}

/** The calendar day a date names (YYYY-MM-DD), as written or parsed; undefined for none. */
export function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

export type Field = 'title' | 'author' | 'date';

export interface FieldResult {
  field: Field;
  correct: boolean;
  expected: string;
  got: string;
}

/** Each annotated field of one page: right or not, with both values for the misses list. */
export function scorePage(truth: MetadataTruth, got: ExtractedMetadata): FieldResult[] {
  const out: FieldResult[] = [];
  if (truth.title) {
    out.push({
      field: 'title',
      correct: normalizeText(truth.title) === normalizeText(got.title ?? ''),
      expected: truth.title,
      got: got.title ?? '',
    });
  }
  if (truth.author) {
    out.push({
      field: 'author',
      correct: normalizeAuthor(truth.author) === normalizeAuthor(got.byline ?? ''),
      expected: truth.author,
      got: got.byline ?? '',
    });
  }
  if (truth.published) {
    out.push({
      field: 'date',
      correct: dayOf(truth.published) === dayOf(got.publishedTime),
      expected: truth.published,
      got: got.publishedTime ?? '',
    });
  }
  return out;
}

/** Share right per field, over the pages that annotate it. */
export function accuracy(results: FieldResult[][]): Record<Field, { correct: number; n: number }> {
  const acc = { title: { correct: 0, n: 0 }, author: { correct: 0, n: 0 }, date: { correct: 0, n: 0 } };
  for (const page of results) {
    for (const r of page) {
      acc[r.field].n++;
      if (r.correct) acc[r.field].correct++;
    }
  }
  return acc;
}
