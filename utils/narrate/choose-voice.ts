/**
 * Which voice reads an article, and in what order the voices are offered. Pure: a voice here is
 * the part of the browser's `SpeechSynthesisVoice` that the choice needs.
 */
export interface VoiceInfo {
  voiceURI: string;
  name: string;
  /** A BCP 47 tag, "en-US", "zh-CN"; some systems write "en_US". */
  lang: string;
  /** The browser's own default. */
  default: boolean;
  /** Spoken on this machine rather than by a network service (which sends the text away). */
  localService: boolean;
}

/** "zh-Hans-CN" and "zh_CN" → "zh"; "" for none. */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

function normalizedTag(tag: string): string {
  return tag.toLowerCase().replaceAll('_', '-');
}

/** How well a voice fits the article's language: 2 the same tag, 1 the same language, 0 none. */
function languageFit(voice: VoiceInfo, lang: string): number {
  if (!lang) return 0;
  if (normalizedTag(voice.lang) === normalizedTag(lang)) return 2;
  return primaryLanguage(voice.lang) === primaryLanguage(lang) ? 1 : 0;
}

/**
 * The voices in the article's language first (the closest first; among equals the browser's
 * default, then voices on this machine), then the others by language and name.
 */
export function voicesFor(
  voices: readonly VoiceInfo[],
  lang: string | undefined,
): {
  matching: VoiceInfo[];
  others: VoiceInfo[];
} {
  const target = lang ?? '';
  const rank = (v: VoiceInfo) => languageFit(v, target) * 4 + (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  const matching = voices.filter((v) => languageFit(v, target) > 0).sort((a, b) => rank(b) - rank(a));
  const others = voices
    .filter((v) => languageFit(v, target) === 0)
    .sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name));
  return { matching, others };
}

/**
 * The voice to read with: the one the user chose for this language, if the system still has it;
 * else the best voice in the article's language; else the browser's default; else any. None only
 * when the system has no voice at all.
 */
export function chooseVoice(
  voices: readonly VoiceInfo[],
  lang: string | undefined,
  chosenByLanguage: Readonly<Record<string, string>>,
): VoiceInfo | undefined {
  const chosen = chosenByLanguage[primaryLanguage(lang)];
  const kept = chosen ? voices.find((v) => v.voiceURI === chosen) : undefined;
  if (kept) return kept;
  const { matching } = voicesFor(voices, lang);
  return matching[0] ?? voices.find((v) => v.default) ?? voices[0];
}
