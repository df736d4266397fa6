import { describe, expect, it } from 'vitest';
import {
  type NarrationState,
  Narrator,
  type SpeakOptions,
  type SpeechEvents,
  type SpokenWord,
  utterancesOf,
} from '../../utils/narrate/narrator';

/** A voice the test steps through: each utterance waits for end() or fail(). */
function recordingPort() {
  const said: { text: string; options: SpeakOptions }[] = [];
  let current: SpeechEvents | undefined;
  const cut: SpeechEvents[] = [];
  return {
    said,
    cut,
    port: {
      speak: (text: string, options: SpeakOptions, events: SpeechEvents) => {
        said.push({ text, options: { ...options } });
        current = events;
      },
      cancel: () => {
        if (current) cut.push(current);
        current = undefined;
      },
    },
    end: () => {
      const events = current;
      current = undefined;
      events?.onEnd();
    },
    word: (charIndex: number, charLength?: number) => current?.onBoundary?.(charIndex, charLength),
    fail: (code: string) => {
      const events = current;
      current = undefined;
      events?.onError(code);
    },
  };
}

const BLOCKS = [['Title.'], ['One a.', 'One b.'], [], ['Three.']];

function narrate(blocks: string[][] = BLOCKS) {
  const voice = recordingPort();
  const states: NarrationState[] = [];
  const words: SpokenWord[] = [];
  const narrator = new Narrator(
    voice.port,
    utterancesOf(blocks),
    { lang: 'en', voiceURI: 'v1', rate: 1 },
    (s) => states.push(s),
    (w) => words.push(w),
  );
  return { voice, states, words, narrator };
}

describe('the narrator', () => {
  it('reads every utterance of every block in order, passing over an empty block, then ends', () => {
    const { voice, narrator, states } = narrate();
    narrator.play();
    for (let i = 0; i < 4; i++) voice.end();
    expect(voice.said.map((s) => s.text)).toEqual(['Title.', 'One a.', 'One b.', 'Three.']);
    expect(states.map((s) => `${s.status}:${s.block}`)).toEqual(['playing:0', 'playing:1', 'playing:3', 'ended:0']);
  });

  it('starts at the block asked for (the one in view)', () => {
    const { voice, narrator } = narrate();
    narrator.play(1);
    expect(voice.said.map((s) => s.text)).toEqual(['One a.']);
    expect(narrator.current).toEqual({ status: 'playing', block: 1 });
  });

  it('pauses by cutting the utterance, and resumes by saying that utterance again', () => {
    const { voice, narrator } = narrate();
    narrator.play(1);
    voice.end();
    narrator.pause();
    expect(narrator.current.status).toBe('paused');
    // The cut utterance's late "interrupted" is not news: it stays paused, no error.
    voice.cut.at(-1)?.onError('interrupted');
    expect(narrator.current).toEqual({ status: 'paused', block: 1 });
    narrator.play();
    expect(voice.said.map((s) => s.text)).toEqual(['One a.', 'One b.', 'One b.']);
  });

  it('ignores the end of an utterance it has cut (a late event would skip a sentence)', () => {
    const { voice, narrator } = narrate();
    narrator.play(1);
    narrator.skip(1);
    voice.cut.at(-1)?.onEnd();
    expect(voice.said.map((s) => s.text)).toEqual(['One a.', 'Three.']);
    expect(narrator.current).toEqual({ status: 'playing', block: 3 });
  });

  it('skips to the previous and next block from their start, and stays within the article', () => {
    const { voice, narrator } = narrate();
    narrator.play(0);
    narrator.skip(-1);
    narrator.skip(1);
    voice.end(); // "One a." said: now at "One b."
    narrator.skip(-1);
    expect(voice.said.map((s) => s.text)).toEqual(['Title.', 'Title.', 'One a.', 'One b.', 'Title.']);
  });

  it('skips while paused without speaking, and reads from there on play', () => {
    const { voice, narrator } = narrate();
    narrator.play(0);
    narrator.pause();
    narrator.skip(1);
    expect(narrator.current).toEqual({ status: 'paused', block: 1 });
    expect(voice.said).toHaveLength(1);
    narrator.play();
    expect(voice.said.at(-1)?.text).toBe('One a.');
  });

  it('says the current utterance again at a new speed or in a new voice', () => {
    const { voice, narrator } = narrate();
    narrator.play(1);
    voice.end();
    narrator.setOptions({ rate: 1.5 });
    narrator.setOptions({ voiceURI: 'v2' });
    expect(voice.said.slice(1)).toEqual([
      { text: 'One b.', options: { lang: 'en', voiceURI: 'v1', rate: 1 } },
      { text: 'One b.', options: { lang: 'en', voiceURI: 'v1', rate: 1.5 } },
      { text: 'One b.', options: { lang: 'en', voiceURI: 'v2', rate: 1.5 } },
    ]);
  });

  it('keeps a new speed while paused, for when it reads on', () => {
    const { voice, narrator } = narrate();
    narrator.play(0);
    narrator.pause();
    narrator.setOptions({ rate: 2 });
    expect(voice.said).toHaveLength(1);
    narrator.play();
    expect(voice.said.at(-1)?.options.rate).toBe(2);
  });

  it('pauses with the reason when another speaker interrupts, and fails with the voice’s error', () => {
    const { voice, narrator } = narrate();
    narrator.play(1);
    voice.fail('interrupted');
    expect(narrator.current).toEqual({ status: 'paused', block: 1, error: 'interrupted' });
    narrator.play();
    voice.fail('synthesis-failed');
    expect(narrator.current).toEqual({ status: 'failed', block: 1, error: 'synthesis-failed' });
    // Play tries the same utterance again.
    narrator.play();
    expect(voice.said.map((s) => s.text)).toEqual(['One a.', 'One a.', 'One a.']);
    expect(narrator.current).toEqual({ status: 'playing', block: 1 });
  });

  it('reads from the top again once it has ended', () => {
    const { voice, narrator } = narrate([['Only.']]);
    narrator.play();
    voice.end();
    expect(narrator.current.status).toBe('ended');
    narrator.play();
    expect(voice.said.map((s) => s.text)).toEqual(['Only.', 'Only.']);
  });

  it('stops for good: silent, its place forgotten, deaf to the cut utterance', () => {
    const { voice, narrator } = narrate();
    narrator.play(1);
    narrator.stop();
    voice.cut.at(-1)?.onEnd();
    expect(narrator.current).toEqual({ status: 'stopped', block: 0 });
    expect(voice.said).toHaveLength(1);
  });

  it('ends at once on an article with nothing to say', () => {
    const { voice, narrator } = narrate([[], []]);
    narrator.play();
    expect(narrator.current.status).toBe('ended');
    expect(voice.said).toEqual([]);
  });

  it('tells where the voice is, word by word, in which utterance of which block; not for a cut one', () => {
    const { voice, narrator, words } = narrate();
    narrator.play(1);
    voice.end();
    voice.word(4, 1);
    narrator.pause();
    voice.cut.at(-1)?.onBoundary?.(0, 3);
    expect(words).toEqual([{ block: 1, chunk: 1, charIndex: 4, charLength: 1 }]);
  });
});
