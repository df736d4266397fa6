import { useEffect, useState } from 'react';
import type { VoiceInfo } from '../../../utils/narrate/choose-voice';
import type { BrowserSpeech } from './browser-speech';

/** How long to wait for the system's voices before saying there are none (Chrome lists late). */
const VOICE_WAIT_MS = 2000;

/**
 * The system's voices, kept up to date, asked for only once `wanted` (on Linux, asking starts a
 * speech service). `waited` once Chrome has had its time to list them: an empty list is then the
 * answer, not a list still coming.
 */
export function useSystemVoices(
  speech: BrowserSpeech | undefined,
  wanted: boolean,
): { voices: VoiceInfo[]; waited: boolean } {
  const [voices, setVoices] = useState<VoiceInfo[]>([]);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!wanted || !speech) return;
    let live = true;
    const update = () => live && setVoices(speech.voices());
    const unsubscribe = speech.onVoicesChanged(update);
    update();
    const timer = setTimeout(() => {
      update();
      if (live) setWaited(true);
    }, VOICE_WAIT_MS);
    return () => {
      live = false;
      unsubscribe();
      clearTimeout(timer);
    };
  }, [wanted, speech]);
  return { voices, waited };
}
