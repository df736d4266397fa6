import { normalizeUrl } from '../db/normalize-url';
import type { ArticleRecord, HighlightRecord } from '../db/types';
import { HIGHLIGHT_COLORS } from '../db/types';
import { parseSiteRules } from '../extract/site-rules';
import type { SiteRule } from '../extract/types';
import { webUrlOf } from '../offline/article-images';
import { base64ToBytes } from '../offline/base64';
import { IMAGE_LIMITS } from '../offline/limits';
import { sniffImageType } from '../offline/sniff-image';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupImage } from './format';
import { isObject } from './is-object';
import { checkPreferences } from './preferences';

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

/** A record left out of a restore, and why. */
export interface RejectedItem {
  item: string;
  reason: string;
}

/**
 * A file that is a Folio backup (`ok`), with the records that can be restored, rebuilt from their
 * known fields only, URLs normalized, and those that cannot, each with its reason; or a file that
 * is not one at all (`errors`).
 */
export type BackupCheck = { ok: true; backup: Backup; rejected: RejectedItem[] } | { ok: false; errors: string[] };

/**
 * Checks a whole backup file before anything is written: JSON, format, version, and every
 * record's fields, types, sizes and ids (unique, and every highlight's article present). A bad
 * record is left out with the reason; a file that is not a backup is refused whole.
 */
export function validateBackup(text: string): BackupCheck {
  if (text.length > LIMITS.fileBytes) return fail(`The file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`This is not a complete JSON file (it may be truncated): ${(error as Error).message}`);
  }
  return checkBackupData(data);
}

/** The same checks, on a file already parsed. */
export function checkBackupData(data: unknown): BackupCheck {
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

  const rejected: RejectedItem[] = [];
  const articles: ArticleRecord[] = [];
  const articleIds = new Set<string>();
  const urls = new Set<string>();
  for (const [i, a] of (data.articles as unknown[]).entries()) {
    const item = `Article ${i + 1}${isObject(a) && typeof a.title === 'string' ? ` “${a.title.slice(0, 60)}”` : ''}`;
    const problems = checkArticle(a);
    const article = problems.length ? undefined : knownArticleFields(a as ArticleRecord);
    const reason = !article
      ? `${problems.join('; ')}.`
      : articleIds.has(article.id)
        ? `its id ${article.id} appears twice.`
        : urls.has(article.url)
          ? `its URL ${article.url} appears twice.`
          : undefined;
    if (reason || !article) {
      rejected.push({ item, reason: reason ?? '' });
      continue;
    }
    articleIds.add(article.id);
    urls.add(article.url);
    articles.push(article);
  }
  const highlights: HighlightRecord[] = [];
  const highlightIds = new Set<string>();
  for (const [i, h] of (data.highlights as unknown[]).entries()) {
    const item = `Highlight ${i + 1}`;
    const problems = checkHighlight(h);
    const highlight = problems.length ? undefined : knownHighlightFields(h as HighlightRecord);
    const reason = !highlight
      ? `${problems.join('; ')}.`
      : highlightIds.has(highlight.id)
        ? `its id ${highlight.id} appears twice.`
        : !articleIds.has(highlight.articleId)
          ? `its article ${highlight.articleId} is not in the file, or was left out.`
          : undefined;
    if (reason || !highlight) {
      rejected.push({ item, reason: reason ?? '' });
      continue;
    }
    highlightIds.add(highlight.id);
    highlights.push(highlight);
  }
  // Site rules are checked as the options page checks them; a bad list is left out whole.
  let siteRules: SiteRule[] = [];
  if (data.siteRules !== undefined) {
    const parsed = parseSiteRules(JSON.stringify(data.siteRules), isPlausibleSelector);
    if (parsed.ok) siteRules = parsed.rules;
    else rejected.push({ item: 'Site rules', reason: parsed.error });
  }
  const images = data.images === undefined ? [] : checkImages(data.images, articleIds, rejected);
  const preferences = checkPreferences(data.preferences, rejected);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt.slice(0, 40) : '',
      articles,
      highlights,
      ...(siteRules.length ? { siteRules } : {}),
      ...(images.length ? { images } : {}),
      ...(Object.keys(preferences).length ? { preferences } : {}),
    },
    rejected,
  };
}

/**
 * Kept pictures: each of an article in the file, at an http(s) address, base64 of raster bytes
 * within the per-picture cap (the type is sniffed again, whatever the file says).
 */
function checkImages(list: unknown, articleIds: Set<string>, rejected: RejectedItem[]): BackupImage[] {
  if (!Array.isArray(list)) {
    rejected.push({ item: 'Pictures', reason: '"images" must be a list.' });
    return [];
  }
  const images: BackupImage[] = [];
  const seen = new Set<string>();
  for (const [i, image] of list.entries()) {
    const item = `Picture ${i + 1}`;
    const url = isObject(image) && typeof image.url === 'string' ? webUrlOf(image.url) : undefined;
    let reason: string | undefined;
    let type: string | undefined;
    if (!isObject(image) || !isId(image.articleId) || !url || typeof image.data !== 'string') {
      reason = 'it needs "articleId", an http(s) "url" and base64 "data".';
    } else if (!articleIds.has(image.articleId as string)) {
      reason = `its article ${image.articleId} is not in the file, or was left out.`;
    } else if (seen.has(`${image.articleId} ${url}`)) {
      reason = 'it appears twice.';
    } else if (image.data.length > Math.ceil(IMAGE_LIMITS.maxImageBytes / 3) * 4) {
      reason = 'it is larger than 5 MB.';
    } else {
      try {
        type = sniffImageType(base64ToBytes(image.data));
      } catch {}
      if (!type) reason = 'its data is not a PNG, JPEG, GIF, WebP, AVIF or BMP picture.';
    }
    if (reason || !type || !url || !isObject(image)) {
      rejected.push({ item, reason: reason ?? '' });
      continue;
    }
    seen.add(`${image.articleId} ${url}`);
    images.push({ articleId: image.articleId as string, url, type, data: image.data as string });
  }
  return images;
}

/**
 * A record rebuilt from the fields Folio knows, so that nothing else in a file (`__proto__`,
 * `constructor`, a field of a later version) is ever stored.
 */
function knownArticleFields(a: ArticleRecord): ArticleRecord {
  const optional = (key: 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'excerpt' | 'standfirst') =>
    a[key] === undefined ? {} : { [key]: a[key] };
  return {
    id: a.id,
    url: normalizeUrl(a.url),
    title: a.title,
    ...optional('byline'),
    ...optional('siteName'),
    ...optional('publishedTime'),
    ...optional('lang'),
    ...optional('excerpt'),
    ...optional('standfirst'),
    tags: [...a.tags],
    ...(a.savedContent
      ? { savedContent: { html: a.savedContent.html, text: a.savedContent.text, savedAt: a.savedContent.savedAt } }
      : {}),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function knownHighlightFields(h: HighlightRecord): HighlightRecord {
  return {
    id: h.id,
    articleId: h.articleId,
    url: normalizeUrl(h.url),
    target: {
      selector: h.target.selector.map((s) =>
        s.type === 'TextQuoteSelector'
          ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
          : { type: s.type, start: s.start, end: s.end },
      ),
    },
    color: h.color,
    note: h.note,
    tags: [...h.tags],
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  };
}

function fail(message: string): BackupCheck {
  return { ok: false, errors: [message] };
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
  for (const key of ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'standfirst'] as const) {
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

/** Without a DOM to try it in: text of a sane length. The reader ignores a selector that fails. */
const isPlausibleSelector = (selector: string) => selector.length > 0 && selector.length <= 500;
