import { useEffect, useId } from 'react';
import { t } from '../../../utils/i18n';
import type { VoiceInfo } from '../../../utils/narrate/choose-voice';
import { RATE_LIMITS } from '../../../utils/settings/listen-settings';
import { problemText, statusText } from './narration-words';
import type { Narration } from './useNarration';

/**
 * Previous and next as drawings: ⏮ and ⏭ are missing from many systems' fonts (an empty box on
 * Debian's Chromium).
 */
function SkipIcon({ back }: { back?: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      style={back ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path d="M2 2 L9 7 L2 12 Z M10 2 H12 V12 H10 Z" fill="currentColor" />
    </svg>
  );
}

/** A group of the voice list (the article's language, the others); nothing when empty. */
function VoiceGroup({ label, voices }: { label: string; voices: VoiceInfo[] }) {
  if (!voices.length) return null;
  return (
    <optgroup label={label}>
      {voices.map((v) => (
        <option key={v.voiceURI} value={v.voiceURI}>
          {voiceLabel(v)}
        </option>
      ))}
    </optgroup>
  );
}

/** "1.2×" */
const formatRate = (rate: number) => `${rate.toFixed(1)}×`;

/** A voice as the list names it: "Google US English (en-US)", marked when it is not on this machine. */
function voiceLabel(voice: VoiceInfo): string {
  const label = `${voice.name} (${voice.lang})`;
  return voice.localService ? label : `${label} · ${t('listenOnline')}`;
}

/**
 * Reading aloud: play and pause, the previous and next paragraph, speed and voice. The voice
 * goes on when the panel closes; the toolbar's Listen button shows that it is reading.
 */
export function ListenPanel({ narration }: { narration: Narration }) {
  const rateId = useId();
  const voiceId = useId();
  const { availability, state, prepare } = narration;
  useEffect(prepare, [prepare]);
  if (availability === 'unsupported' || availability === 'no-voices') {
    return (
      <p className="folio-hint folio-listen-problem" role="status">
        {problemText(narration)}
      </p>
    );
  }
  const playing = state.status === 'playing';
  const status = statusText(narration);
  const started = state.status === 'playing' || state.status === 'paused';
  const { matching, others } = narration.voices;
  return (
    <div className="folio-listen">
      <div className="folio-listen-controls">
        <button
          type="button"
          className="folio-button"
          onClick={() => narration.skip(-1)}
          disabled={!started}
          title={t('listenPrevious')}
        >
          <SkipIcon back />
          <span className="folio-tool-label">{t('listenPrevious')}</span>
        </button>
        <button
          type="button"
          className="folio-button folio-button-primary folio-listen-play"
          onClick={playing ? narration.pause : narration.play}
          aria-keyshortcuts="Alt+Shift+L"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? 'listenPause' : 'listenPlay')}
        </button>
        <button
          type="button"
          className="folio-button"
          onClick={() => narration.skip(1)}
          disabled={!started}
          title={t('listenNext')}
        >
          <SkipIcon />
          <span className="folio-tool-label">{t('listenNext')}</span>
        </button>
      </div>
      <p className="folio-hint folio-listen-status">
        <span role="status">{status.status}</span>
        {status.where ? ` · ${status.where}` : null}
      </p>
      <div className="folio-field">
        <label htmlFor={rateId}>
          {t('listenSpeed')} <output htmlFor={rateId}>{formatRate(narration.rate)}</output>
        </label>
        <input
          id={rateId}
          type="range"
          min={RATE_LIMITS.min}
          max={RATE_LIMITS.max}
          step={RATE_LIMITS.step}
          value={narration.rate}
          aria-valuetext={formatRate(narration.rate)}
          onChange={(event) => narration.setRate(Number(event.currentTarget.value))}
        />
      </div>
      {availability === 'ready' ? (
        <div className="folio-field">
          <label htmlFor={voiceId}>{t('listenVoice')}</label>
          <select
            id={voiceId}
            className="folio-select"
            value={narration.voice?.voiceURI ?? ''}
            onChange={(event) => narration.chooseVoice(event.currentTarget.value)}
          >
            <VoiceGroup label={t('listenVoicesForArticle')} voices={matching} />
            <VoiceGroup label={t('listenVoicesOther')} voices={others} />
          </select>
        </div>
      ) : null}
      <p className="folio-hint">{t('listenPrivacy')}</p>
    </div>
  );
}
