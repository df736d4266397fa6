import type { HighlightColor } from '../../utils/db/types';
import { t } from '../../utils/i18n';
import { COLOR_LABEL, HIGHLIGHT_COLORS, SWATCH } from './colors';

/**
 * One button per highlight colour, named in words for screen readers. The selection toolbar
 * makes a highlight with them ("Highlight in yellow"); the editor changes a highlight's colour,
 * the current one pressed.
 */
export function ColorSwatches({
  onPick,
  current,
  action = false,
}: {
  onPick: (color: HighlightColor) => void;
  /** The highlight's colour, shown pressed (the editor). */
  current?: HighlightColor;
  /** Name each button as the action it does ("Highlight in yellow"), not only the colour. */
  action?: boolean;
}) {
  return (
    <>
      {HIGHLIGHT_COLORS.map((color) => {
        const name = action ? t('highlightIn', t(COLOR_LABEL[color])) : t(COLOR_LABEL[color]);
        return (
          <button
            key={color}
            type="button"
            className="folio-swatch"
            style={{ background: SWATCH[color] }}
            aria-label={name}
            title={name}
            {...(current === undefined ? {} : { 'aria-pressed': current === color })}
            onClick={() => onPick(color)}
          />
        );
      })}
    </>
  );
}
