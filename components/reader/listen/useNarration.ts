import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chooseVoice, primaryLanguage, type VoiceInfo, voicesFor } from '../../../utils/narrate/choose-voice';
import { type NarrationState, Narrator, utterancesOnDemand } from '../../../utils/narrate/narrator';
import { speechChunks } from '../../../utils/narrate/speech-chunks';
import { paintSpokenWord } from '../../../utils/paint';
import { onReaderHidden } from '../reader-hidden';
import { scrollToTarget } from '../scroll-to';
import { type BrowserSpeech, browserSpeech } from './browser-speech';
import { type Reading, wordRange } from './reading';
import { type SpeakableBlock, speakableBlocks } from './speakable-blocks';
import { useListenSettings } from './useListenSettings';
import { useSystemVoices } from './useSystemVoices';
import { firstBlockInView, isInView, isPartlyInView } from './view-geometry';

/** The block being read sits this far below the top of the view when the reader follows it. */
const FOLLOW_OFFSET = 48;
const SPEAKING_CLASS = 'folio-speaking';

export type Availability = 'checking' | 'ready' | 'no-voices' | 'unsupported';

export interface Narration {
  availability: Availability;
  /** The user has asked to hear the article (Play, Alt+Shift+L, Read aloud from here). */
  asked: boolean;
  state: NarrationState;
  /** How many blocks the article has to read (known once reading has begun). */
  blockCount: number;
  play: () => void;
  /** Reads from the block that holds `from` (a selection's start), or the first one after it. */
  playFrom: (from: Range) => void;
  pause: () => void;
  skip: (by: 1 | -1) => void;
  voices: { matching: VoiceInfo[]; others: VoiceInfo[] };
  voice: VoiceInfo | undefined;
  chooseVoice: (voiceURI: string) => void;
  rate: number;
  setRate: (rate: number) => void;
  /** Asks the system for its voices: only once the user turns to reading aloud (on Linux, asking starts a speech service). */
  prepare: () => void;
}

/**
 * The block a view was reading when it was replaced by the same article grown (start-reader-frame
 * renders the merged essay as a new view): the next view in this frame reads on from it.
 */
let readingHandedOn: { text: string } | undefined;

/**
 * Reading the article aloud, in the reader's own window: the voices, the user's speed and voice
 * (kept), and the narrator, which lives as long as the reader (closing the panel does not stop
 * it; closing the reader does). The block being read is marked and kept in view.
 */
export function useNarration(
  articleRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
  lang: string | undefined,
): Narration {
  const speech = useMemo<BrowserSpeech | undefined>(() => browserSpeech(window), []);
  const [wanted, setWanted] = useState(false);
  const { voices: voiceList, waited } = useSystemVoices(speech, wanted);
  const { settings, loaded: settingsLoaded, update: updateSettings } = useListenSettings(wanted);
  // A start asked for before the voices (and the user's voice and speed) were known: where to begin.
  const pendingStart = useRef<{ blocks: SpeakableBlock[]; index: number } | undefined>(undefined);
  // The user asked to hear the article: a problem is then worth telling them, panel open or not.
  const [asked, setAsked] = useState(false);
  const [state, setState] = useState<NarrationState>({ status: 'stopped', block: 0 });
  const reading = useRef<Reading | undefined>(undefined);

  const voices = useMemo(() => voicesFor(voiceList, lang), [voiceList, lang]);
  const voice = chooseVoice(voiceList, lang, settings.voiceByLanguage);
  const availability: Availability = !speech
    ? 'unsupported'
    : voiceList.length
      ? settingsLoaded
        ? 'ready'
        : 'checking'
      : waited
        ? 'no-voices'
        : 'checking';

  const start = (blocks: SpeakableBlock[], index: number) => {
    if (!speech) return;
    reading.current?.narrator.stop();
    const options = { lang, voiceURI: voice?.voiceURI, rate: settings.rate };
    const utterances = utterancesOnDemand(blocks.length, (i) => speechChunks(blocks[i]?.text ?? '', lang));
    const next = new Narrator(speech.port, utterances, options, setState, (word) =>
      paintSpokenWord(window, wordRange(reading.current, word)),
    );
    reading.current = { narrator: next, blocks, utterances };
    next.play(index);
  };

  /**
   * Reads anew from the block `pick` chooses among the article's blocks as they are now (an
   * essay's later pages may have come in since): at once when the voices are known, else as soon
   * as they are (Chrome lists them a moment after the first ask), or not at all when there are none.
   */
  const readFrom = (pick: (blocks: SpeakableBlock[]) => number) => {
    setWanted(true);
    setAsked(true);
    const article = articleRef.current;
    if (!article || availability === 'unsupported' || availability === 'no-voices') return;
    const blocks = speakableBlocks(article);
    const index = pick(blocks);
    if (availability === 'ready') start(blocks, index);
    else pendingStart.current = { blocks, index };
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the voices become known.
  useEffect(() => {
    const pending = pendingStart.current;
    if (!pending || availability === 'checking') return;
    pendingStart.current = undefined;
    if (availability === 'ready') start(pending.blocks, pending.index);
  }, [availability]);

  const play = () => {
    const current = reading.current;
    const status = current?.narrator.current.status;
    if (current && (status === 'paused' || status === 'failed')) current.narrator.play();
    else readFrom((blocks) => firstBlockInView(blocks, scrollerRef.current));
  };

  const playFrom = (from: Range) =>
    readFrom((blocks) => {
      const node = from.startContainer;
      const index = blocks.findIndex(
        (b) =>
          b.element.contains(node) ||
          Boolean(node.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
      return index >= 0 ? index : firstBlockInView(blocks, scrollerRef.current);
    });

  // The block being read is marked, and followed while reading: the view moves on with the voice
  // while the reader follows along, not when they have scrolled off to read elsewhere (the block
  // read before is out of sight then).
  const lastMarked = useRef<Element | undefined>(undefined);
  useEffect(() => {
    const element = reading.current?.blocks[state.block]?.element;
    if (!element || (state.status !== 'playing' && state.status !== 'paused')) return;
    element.classList.add(SPEAKING_CLASS);
    const scroller = scrollerRef.current;
    const before = lastMarked.current;
    const following = !before || before === element || (scroller && isPartlyInView(before, scroller));
    if (state.status === 'playing' && scroller && following && !isInView(element, scroller)) {
      scrollToTarget(scroller, element, FOLLOW_OFFSET);
    }
    lastMarked.current = element;
    return () => {
      element.classList.remove(SPEAKING_CLASS);
      paintSpokenWord(window, undefined);
    };
  }, [state, scrollerRef]);

  // Closing the reader stops the voice: the frame hidden, or gone. A view replaced while it reads
  // (an essay's later pages merged in) hands the block it was at to the next view, which reads on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the view comes and goes.
  useEffect(() => {
    const stop = () => reading.current?.narrator.stop();
    const unsubscribe = onReaderHidden(document, stop);
    window.addEventListener('pagehide', stop);
    const handedOn = readingHandedOn;
    readingHandedOn = undefined;
    if (handedOn) {
      readFrom((blocks) => {
        const same = blocks.findIndex((b) => b.text === handedOn.text);
        return same >= 0 ? same : firstBlockInView(blocks, scrollerRef.current);
      });
    }
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', stop);
      const last = reading.current;
      if (last?.narrator.current.status === 'playing') {
        const text = last.blocks[last.narrator.current.block]?.text;
        if (text) readingHandedOn = { text };
      }
      stop();
    };
  }, []);

  return {
    availability,
    asked,
    state,
    blockCount: reading.current?.blocks.length ?? 0,
    play,
    playFrom,
    pause: () => reading.current?.narrator.pause(),
    skip: (by) => reading.current?.narrator.skip(by),
    voices,
    voice,
    chooseVoice: (voiceURI) => {
      const next = updateSettings({
        voiceByLanguage: { ...settings.voiceByLanguage, [primaryLanguage(lang)]: voiceURI },
      });
      reading.current?.narrator.setOptions({ voiceURI: chooseVoice(voiceList, lang, next.voiceByLanguage)?.voiceURI });
    },
    rate: settings.rate,
    setRate: (rate) => {
      const next = updateSettings({ rate });
      reading.current?.narrator.setOptions({ rate: next.rate });
    },
    prepare: useCallback(() => setWanted(true), []),
  };
}
