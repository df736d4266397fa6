import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/db/types';
import type { MessageName } from '../../utils/i18n';

export { HIGHLIGHT_COLORS };

/** Swatch colours for buttons and lists (the painted ones, lighter, are HIGHLIGHT_PAINT in utils/paint). */
export const SWATCH: Record<HighlightColor, string> = {
  yellow: '#ffd43b',
  green: '#8ce99a',
  blue: '#74c0fc',
  pink: '#faa2c1',
  purple: '#b197fc',
};

export const COLOR_LABEL: Record<HighlightColor, MessageName> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
};

/** The colours as choices for a filter, named in the UI language. */
export function colorChoices(label: (name: MessageName) => string): { value: HighlightColor; label: string }[] {
  return HIGHLIGHT_COLORS.map((color) => ({ value: color, label: label(COLOR_LABEL[color]) }));
}
