/**
 * Which writing system an article is mostly in, to choose its font stack, alignment and indent:
 * CJK text takes CJK faces first (their full-width punctuation is right for it), Latin text Latin
 * faces first (a CJK face's Latin letters and its full-width curly quotes are wrong for it).
 */
export type ArticleScript = 'cjk' | 'latin';

/** Characters read from the article's text to decide (its start is enough). */
const SAMPLE = 4000;

function isCjkCodePoint(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // Compatibility ideographs
    (code >= 0x20000 && code <= 0x2ffff) // Extensions B and later
  );
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * By the text itself, since pages often declare the wrong language (many Chinese sites keep a
 * template's lang="en"): CJK when CJK characters are at least a quarter as many as Latin letters
 * (a Chinese character carries about as much as a short word). By `lang` only when the text says
 * nothing (too short).
 */
export function articleScript(lang: string | undefined, text: string): ArticleScript {
  let cjk = 0;
  let latin = 0;
  for (const char of text.slice(0, SAMPLE)) {
    const code = char.codePointAt(0) ?? 0;
    if (isCjkCodePoint(code)) cjk++;
    else if (isLatinLetter(code)) latin++;
  }
  if (cjk + latin >= 20) return cjk * 4 >= latin ? 'cjk' : 'latin';
  return /^(?:zh|ja|ko)(?:-|$)/i.test(lang ?? '') ? 'cjk' : 'latin';
}

/**
 * The language the reader declares for the article: the page's, unless it contradicts the text
 * (a Chinese essay under a template's lang="en" is set as Chinese, so Han characters get Chinese
 * glyph forms rather than whatever the browser picks for English).
 */
export function contentLang(lang: string | undefined, script: ArticleScript): string | undefined {
  const declaredCjk = /^(?:zh|ja|ko)(?:-|$)/i.test(lang ?? '');
  if (script === 'cjk' && !declaredCjk) return 'zh';
  if (script === 'latin' && declaredCjk) return undefined;
  return lang || undefined;
}
