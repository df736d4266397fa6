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

/**
 * What the narration is doing, in words, and where it is. Only the first is announced to screen
 * readers as it changes: the paragraph's number changing under a voice reading would be noise.
 */
export function statusText(narration: Narration): { status: string; where?: string } {
  const { state, blockCount } = narration;
  const where = t('listenWhere', [String(state.block + 1), String(blockCount)]);
  switch (state.status) {
    case 'playing':
      return { status: t('listenReading'), where };
    case 'paused':
      return state.error ? { status: t('listenInterrupted') } : { status: t('listenPaused'), where };
    case 'failed':
      return { status: problemText(narration) ?? '' };
    case 'ended':
      return { status: t('listenEnded') };
    default:
      return { status: t('listenHowTo') };
  }
}
