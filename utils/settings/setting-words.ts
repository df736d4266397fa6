import type { ArticleScript } from './script';

/**
 * The reading settings said in words, as a reader thinks of them ("Medium", "about 80 characters a
 * line") rather than in CSS units. Pure: the settings panel words them in the UI's language.
 */
export type SizeWord = 'small' | 'medium' | 'large' | 'larger';
export type LeadingWord = 'tight' | 'comfortable' | 'loose';

export function fontSizeWord(px: number): SizeWord {
  if (px < 17) return 'small';
  if (px < 21) return 'medium';
  if (px < 25) return 'large';
  return 'larger';
}

export function leadingWord(lineHeight: number): LeadingWord {
  if (lineHeight < 1.55) return 'tight';
  if (lineHeight < 1.95) return 'comfortable';
  return 'loose';
}

/**
 * About how many characters a line of the column holds. The width setting includes the column's
 * padding (1.5 em a side). A Chinese or Japanese character is one em wide; Latin text averages
 * about 0.55 em a character in the reader's serif (counted on the reader's screenshots at 38 em:
 * 35 Chinese characters a line, 63 to 65 English ones), rounded to fives as a reader would say it.
 */
export function charactersPerLine(widthEm: number, script: ArticleScript): number {
  const text = widthEm - 3;
  if (script === 'cjk') return Math.round(text);
  return Math.round(text / 0.55 / 5) * 5;
}
