import type { ArticleRecord, HighlightRecord } from '../db/types';
import { HIGHLIGHT_COLORS } from '../db/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** Bounds that no real library reaches and that keep a hostile file from exhausting memory. */
export const LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  articles: 200_000,
  highlights: 2_000_000,
  idLength: 100,
  urlLength: 8_192,
  textLength: 20_000_000,
  shortText: 20_000,
  tags: 64,
};

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/**
 * Checks a whole backup file before anything is written: JSON, format, version, and every record's
 * fields, types, sizes and ids (unique, and every highlight's article present). Says exactly what
 * is wrong, and where.
 */
export function validateBackup(text: string): BackupCheck {
  if (text.length > LIMITS.fileBytes) return fail(`The file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`This is not a complete JSON file (it may be truncated): ${(error as Error).message}`);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT)
    return fail('This is not a Folio backup file (no "format": "folio-backup").');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version))
    return fail('The backup has no version number.');
  if (data.version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer Folio (format version ${data.version}); this Folio reads version ${BACKUP_VERSION}. Update Folio, then import it.`,
    );
  }
  if (data.version < 1) return fail(`Unknown backup version ${data.version}.`);
  if (!Array.isArray(data.articles) || !Array.isArray(data.highlights))
    return fail('The backup needs "articles" and "highlights" lists.');
  if (data.articles.length > LIMITS.articles)
    return fail(`Too many articles (${data.articles.length}; at most ${LIMITS.articles}).`);
  if (data.highlights.length > LIMITS.highlights)
    return fail(`Too many highlights (${data.highlights.length}; at most ${LIMITS.highlights}).`);

  const errors: string[] = [];
  const articleIds = new Set<string>();
  const urls = new Set<string>();
  data.articles.forEach((a: unknown, i: number) => {
    const where = `Article ${i + 1}`;
    const problems = checkArticle(a);
    if (problems.length) errors.push(`${where}: ${problems.join('; ')}.`);
    else {
      const article = a as ArticleRecord;
      if (articleIds.has(article.id)) errors.push(`${where}: the id ${article.id} appears twice.`);
      if (urls.has(article.url)) errors.push(`${where}: the URL ${article.url} appears twice.`);
      articleIds.add(article.id);
      urls.add(article.url);
    }
  });
  const highlightIds = new Set<string>();
  data.highlights.forEach((h: unknown, i: number) => {
    if (errors.length >= MAX_ERRORS) return;
    const where = `Highlight ${i + 1}`;
    const problems = checkHighlight(h);
    if (problems.length) errors.push(`${where}: ${problems.join('; ')}.`);
    else {
      const highlight = h as HighlightRecord;
      if (highlightIds.has(highlight.id)) errors.push(`${where}: the id ${highlight.id} appears twice.`);
      if (!articleIds.has(highlight.articleId))
        errors.push(`${where}: its article ${highlight.articleId} is not in the file.`);
      highlightIds.add(highlight.id);
    }
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, backup: data as unknown as Backup };
}

function fail(message: string): BackupCheck {
  return { ok: false, errors: [message] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.idLength && /^[\w-]+$/.test(v);
const isText = (v: unknown, max = LIMITS.shortText) => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e14;
const isUrl = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.urlLength;
const isTags = (v: unknown) =>
  Array.isArray(v) &&
  v.length <= LIMITS.tags &&
  v.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 200);

function checkArticle(a: unknown): string[] {
  if (!isObject(a)) return ['not an object'];
  const p: string[] = [];
  if (!isId(a.id)) p.push('"id" must be an id');
  if (!isUrl(a.url)) p.push('"url" is missing or too long');
  if (!isText(a.title)) p.push('"title" must be text');
  for (const key of ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt'] as const) {
    if (a[key] !== undefined && !isText(a[key])) p.push(`"${key}" must be text`);
  }
  if (!isTags(a.tags)) p.push('"tags" must be a list of tags');
  if (!isTime(a.createdAt) || !isTime(a.updatedAt)) p.push('"createdAt" and "updatedAt" must be times');
  if (a.savedContent !== undefined) {
    const s = a.savedContent;
    if (
      !isObject(s) ||
      !isText(s.html, LIMITS.textLength) ||
      !isText(s.text, LIMITS.textLength) ||
      !isTime(s.savedAt)
    ) {
      p.push('"savedContent" must hold html, text and savedAt');
    }
  }
  return p;
}

function checkHighlight(h: unknown): string[] {
  if (!isObject(h)) return ['not an object'];
  const p: string[] = [];
  if (!isId(h.id)) p.push('"id" must be an id');
  if (!isId(h.articleId)) p.push('"articleId" must be an id');
  if (!isUrl(h.url)) p.push('"url" is missing or too long');
  if (!HIGHLIGHT_COLORS.includes(h.color as never)) p.push(`"color" must be one of ${HIGHLIGHT_COLORS.join(', ')}`);
  if (!isText(h.note)) p.push('"note" must be text');
  if (!isTags(h.tags)) p.push('"tags" must be a list of tags');
  if (!isTime(h.createdAt) || !isTime(h.updatedAt)) p.push('"createdAt" and "updatedAt" must be times');
  const selectors = isObject(h.target) ? h.target.selector : undefined;
  if (!Array.isArray(selectors) || selectors.length === 0 || !selectors.every(isSelector)) {
    p.push('"target.selector" must hold TextQuoteSelector and TextPositionSelector objects');
  }
  return p;
}

function isSelector(s: unknown): boolean {
  if (!isObject(s)) return false;
  if (s.type === 'TextQuoteSelector') return isText(s.exact) && isText(s.prefix, 1000) && isText(s.suffix, 1000);
  if (s.type === 'TextPositionSelector') {
    return (
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      (s.start as number) >= 0 &&
      (s.end as number) >= (s.start as number)
    );
  }
  return false;
}
