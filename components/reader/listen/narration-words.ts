import { t } from '../../../utils/i18n';
import type { Narration } from './useNarration';

/**
 * Why the article cannot be heard, in words, or nothing: no speech in this browser, no voice on
 * this system, or the voice's error.
 */
export function problemText({ availability, state }: Pick<Narration, 'availability' | 'state'>): string | undefined {
  if (availability === 'unsupported') return t('listenUnsupported');
  if (availability === 'no-voices') return t('listenNoVoices');
  if (state.status !== 'failed') return undefined;
  return state.error === 'not-allowed' ? t('listenNotAllowed') : t('listenFailed', state.error ?? '');
}

/** What the narration is doing, in words (read out by screen readers as it changes). */
export function statusText(narration: Narration): string {
  const { state, blockCount } = narration;
  const where = t('listenWhere', [String(state.block + 1), String(blockCount)]);
  switch (state.status) {
    case 'playing':
      return `${t('listenReading')} · ${where}`;
    case 'paused':
      return state.error ? t('listenInterrupted') : `${t('listenPaused')} · ${where}`;
    case 'failed':
      return problemText(narration) ?? '';
    case 'ended':
      return t('listenEnded');
    default:
      return t('listenHowTo');
  }
}
