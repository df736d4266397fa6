import type { ArticleScript } from './script';

/**
 * Reader typography and theme: the settings, their defaults and limits, and how they become CSS.
 * Pure: storage is settings-storage.ts, rendering is the reader's.
 */
export const FONT_FAMILIES = ['serif', 'sans', 'system'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const TEXT_ALIGNS = ['auto', 'start', 'justify'] as const;
export const INDENTS = ['auto', 'on', 'off'] as const;

export interface ReaderSettings {
  fontFamily: (typeof FONT_FAMILIES)[number];
  /** CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Measure in em: about 40 CJK characters or 75 Latin ones a line at 1em. */
  contentWidth: number;
  /** auto: justified for CJK text, ragged for Latin (no hyphenation makes justified Latin uneven). */
  textAlign: (typeof TEXT_ALIGNS)[number];
  /** auto: a 2em first-line indent for Chinese and Japanese, the convention there; none for others. */
  paragraphIndent: (typeof INDENTS)[number];
  theme: (typeof THEMES)[number];
}

export const LIMITS = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.3, max: 2.4, step: 0.1 },
  contentWidth: { min: 26, max: 60, step: 2 },
} as const;

/** Chosen for long Chinese essays (leading ~1.8, 2em indent, justified) as much as for English. */
export const DEFAULT_SETTINGS: ReaderSettings = {
  fontFamily: 'serif',
  fontSize: 19,
  lineHeight: 1.8,
  contentWidth: 38,
  textAlign: 'auto',
  paragraphIndent: 'auto',
  theme: 'system',
};

const CJK_FACES = {
  serif: '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun"',
  sans: '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei"',
  system: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"',
};
const LATIN_FACES = {
  serif: '"Noto Serif", Georgia, "Times New Roman"',
  sans: '"Noto Sans", "Helvetica Neue", Arial',
  system: '-apple-system, "Segoe UI", Roboto, "Helvetica Neue"',
};
const GENERIC = { serif: 'serif', sans: 'sans-serif', system: 'sans-serif' };

/**
 * Each font choice as two stacks, by the article's script (settings/script.ts). A browser takes
 * each character from the first face that has it: on a CJK page the CJK faces come first, so its
 * punctuation (“”，) is full width as Chinese typesetting wants (clreq §3.1); on a Latin page the
 * Latin faces come first, so its letters and ’ are Latin, while a Chinese name in it still falls
 * through to a CJK face ("mixed text each in its own").
 */
export const FONT_STACKS: Record<ArticleScript, Record<ReaderSettings['fontFamily'], string>> = {
  cjk: {
    serif: `${CJK_FACES.serif}, ${LATIN_FACES.serif}, ${GENERIC.serif}`,
    sans: `${CJK_FACES.sans}, ${LATIN_FACES.sans}, ${GENERIC.sans}`,
    system: `system-ui, ${CJK_FACES.system}, ${LATIN_FACES.system}, ${GENERIC.system}`,
  },
  // The generic family before the CJK faces: where none of the named Latin faces is installed,
  // the user's own default Latin face still comes before a CJK face's Latin letters.
  latin: {
    serif: `${LATIN_FACES.serif}, ${GENERIC.serif}, ${CJK_FACES.serif}`,
    sans: `${LATIN_FACES.sans}, ${GENERIC.sans}, ${CJK_FACES.sans}`,
    system: `system-ui, ${LATIN_FACES.system}, ${GENERIC.system}, ${CJK_FACES.system}`,
  },
};

const clamp = (value: unknown, { min, max }: { min: number; max: number }, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Whatever was stored (an older version, a hand edit): a valid settings object. */
export function normalizeSettings(stored: unknown): ReaderSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const d = DEFAULT_SETTINGS;
  return {
    fontFamily: oneOf(s.fontFamily, FONT_FAMILIES, d.fontFamily),
    fontSize: clamp(s.fontSize, LIMITS.fontSize, d.fontSize),
    lineHeight: Math.round(clamp(s.lineHeight, LIMITS.lineHeight, d.lineHeight) * 10) / 10,
    contentWidth: clamp(s.contentWidth, LIMITS.contentWidth, d.contentWidth),
    textAlign: oneOf(s.textAlign, TEXT_ALIGNS, d.textAlign),
    paragraphIndent: oneOf(s.paragraphIndent, INDENTS, d.paragraphIndent),
    theme: oneOf(s.theme, THEMES, d.theme),
  };
}

/** The CSS custom properties the reader's stylesheet reads, for an article in `script`. */
export function readerCssVariables(settings: ReaderSettings, script: ArticleScript): Record<string, string> {
  const cjk = script === 'cjk';
  const justify = settings.textAlign === 'justify' || (settings.textAlign === 'auto' && cjk);
  const indent = settings.paragraphIndent === 'on' || (settings.paragraphIndent === 'auto' && cjk);
  return {
    '--folio-font': FONT_STACKS[script][settings.fontFamily],
    '--folio-size': `${settings.fontSize}px`,
    '--folio-leading': String(settings.lineHeight),
    '--folio-width': `${settings.contentWidth}em`,
    '--folio-align': justify ? 'justify' : 'start',
    '--folio-indent': indent ? '2em' : '0',
    // One paragraph mark, not two: an indented paragraph needs no gap above it (clreq, "paragraph
    // indentation": a new paragraph starts two characters in, on the next line), a flush one does.
    '--folio-paragraph-gap': indent ? '0' : '1em',
  };
}

/** The theme actually shown: "system" follows the operating system's light or dark mode. */
export function resolveTheme(theme: ReaderSettings['theme'], prefersDark: boolean): 'light' | 'sepia' | 'dark' {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}
