/** Reading aloud: the speed and, for each language, the voice the user chose. Pure. */
export interface ListenSettings {
  /** 1 is the voice's own speed. */
  rate: number;
  /** A voice's voiceURI by primary language ("en", "zh"): an English voice never reads Chinese. */
  voiceByLanguage: Record<string, string>;
}

export const RATE_LIMITS = { min: 0.5, max: 3, step: 0.1 } as const;

export const DEFAULT_LISTEN_SETTINGS: ListenSettings = { rate: 1, voiceByLanguage: {} };

/** Whatever was stored (an older version, a hand edit): valid settings. */
export function normalizeListenSettings(stored: unknown): ListenSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ListenSettings, unknown>>;
  const rate =
    typeof s.rate === 'number' && Number.isFinite(s.rate)
      ? Math.round(Math.min(RATE_LIMITS.max, Math.max(RATE_LIMITS.min, s.rate)) * 10) / 10
      : DEFAULT_LISTEN_SETTINGS.rate;
  const voiceByLanguage: Record<string, string> = {};
  if (s.voiceByLanguage && typeof s.voiceByLanguage === 'object') {
    for (const [language, voice] of Object.entries(s.voiceByLanguage)) {
      // A primary language subtag ("en", "zh", or "" when the article has none): nothing else, so
      // that a hand-edited or restored file cannot name a key such as "__proto__".
      if (typeof voice === 'string' && voice && voice.length <= 500 && /^[a-z]{0,8}$/.test(language)) {
        voiceByLanguage[language] = voice;
      }
    }
  }
  return { rate, voiceByLanguage };
}
