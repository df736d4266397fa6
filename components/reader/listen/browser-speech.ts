import type { VoiceInfo } from '../../../utils/narrate/choose-voice';
import type { SpeechPort } from '../../../utils/narrate/narrator';

/** The browser's speech synthesis, as the narrator and the voice list use it. */
export interface BrowserSpeech {
  port: SpeechPort;
  voices: () => VoiceInfo[];
  /** Calls back when the system's voices change (Chrome lists them only some time after load). */
  onVoicesChanged: (callback: () => void) => () => void;
}

/**
 * The speech of the reader's own window (an extension page: the article's page cannot hear it),
 * or none where the browser has no speech synthesis. Looked up at each use rather than once.
 */
export function browserSpeech(win: Window & typeof globalThis): BrowserSpeech | undefined {
  if (!win.speechSynthesis || typeof win.SpeechSynthesisUtterance !== 'function') return undefined;
  const synth = () => win.speechSynthesis;
  // The utterance being said. Chrome forgets an utterance nothing refers to, and then never
  // reports its end: the narrator would stop after the first sentence.
  let speaking: SpeechSynthesisUtterance | undefined;
  const port: SpeechPort = {
    speak(text, options, events) {
      const utterance = new win.SpeechSynthesisUtterance(text);
      if (options.lang) utterance.lang = options.lang;
      utterance.rate = options.rate;
      const voice = options.voiceURI
        ? synth()
            .getVoices()
            .find((v) => v.voiceURI === options.voiceURI)
        : undefined;
      if (voice) utterance.voice = voice;
      utterance.onboundary = (event) => {
        // Words only: Chrome also reports sentences, which the utterances already are.
        if (event.name !== 'sentence') events.onBoundary?.(event.charIndex, event.charLength || undefined);
      };
      utterance.onend = () => {
        if (speaking === utterance) speaking = undefined;
        events.onEnd();
      };
      utterance.onerror = (event) => {
        if (speaking === utterance) speaking = undefined;
        events.onError(event.error);
      };
      speaking = utterance;
      synth().speak(utterance);
    },
    cancel() {
      speaking = undefined;
      synth().cancel();
    },
  };
  return {
    port,
    voices: () =>
      synth()
        .getVoices()
        .map((v) => ({
          voiceURI: v.voiceURI,
          name: v.name,
          lang: v.lang,
          default: v.default,
          localService: v.localService,
        })),
    onVoicesChanged(callback) {
      const speech = synth();
      speech.addEventListener('voiceschanged', callback);
      return () => speech.removeEventListener('voiceschanged', callback);
    },
  };
}
