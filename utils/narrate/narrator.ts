/**
 * Reading the article aloud, as a small state machine over the article's blocks (paragraphs,
 * headings, list items), each cut into utterances. Pure: the speech itself comes through a
 * `SpeechPort` (the browser's speechSynthesis in the reader, a fake in the tests).
 *
 * Pausing cancels the utterance and resuming says it again from its start, rather than the
 * browser's own pause(): Chrome on Linux and Android does not resume a paused utterance, and an
 * utterance is only a sentence or so. A change of voice or speed likewise says the current
 * utterance again, in the new voice.
 */

export interface SpeakOptions {
  lang?: string;
  voiceURI?: string;
  /** 1 is the voice's normal speed. */
  rate: number;
}

export interface SpeechEvents {
  onEnd: () => void;
  /** The voice is at the word starting at `charIndex` of the utterance (`charLength` when known). */
  onBoundary?: (charIndex: number, charLength: number | undefined) => void;
  /** The browser's error code ("interrupted", "synthesis-failed", "not-allowed"…). */
  onError: (code: string) => void;
}

export interface SpeechPort {
  speak: (text: string, options: SpeakOptions, events: SpeechEvents) => void;
  cancel: () => void;
}

/** Where the voice is: a word of an utterance of a block. */
export interface SpokenWord {
  block: number;
  chunk: number;
  charIndex: number;
  charLength: number | undefined;
}

/**
 * The article's blocks, each as its utterances: asked for block by block as the voice comes to
 * them (an article of 100,000 paragraphs is not cut up all at once when Play is pressed).
 */
export interface Utterances {
  count: number;
  of: (block: number) => readonly string[];
}

/** Utterances made by `cut` for each block when first asked for, and kept. */
export function utterancesOnDemand(count: number, cut: (block: number) => string[]): Utterances {
  const made = new Map<number, string[]>();
  return {
    count,
    of: (block) => {
      let utterances = made.get(block);
      if (!utterances) {
        utterances = block >= 0 && block < count ? cut(block) : [];
        made.set(block, utterances);
      }
      return utterances;
    },
  };
}

/** Utterances already cut (the tests'). */
export const utterancesOf = (blocks: readonly (readonly string[])[]): Utterances => ({
  count: blocks.length,
  of: (block) => blocks[block] ?? [],
});

export type NarrationStatus = 'stopped' | 'playing' | 'paused' | 'ended' | 'failed';

export interface NarrationState {
  status: NarrationStatus;
  /** The block being read, or to be read next. */
  block: number;
  /** The browser's error code, when status is "failed" (or "paused" by another speaker). */
  error?: string;
}

/** Codes that mean the utterance was cut short by something else speaking, not that it failed. */
const INTERRUPTED = new Set(['interrupted', 'canceled']);

export class Narrator {
  private state: NarrationState = { status: 'stopped', block: 0 };
  private chunk = 0;
  /** Raised by every speak and cancel: events of an utterance from before are ignored. */
  private generation = 0;
  private options: SpeakOptions;

  constructor(
    private readonly port: SpeechPort,
    /** Each block's utterances. */
    private readonly blocks: Utterances,
    options: SpeakOptions,
    private readonly onChange: (state: NarrationState) => void,
    /** Each word as the voice reaches it (voices that report words; many network voices do not). */
    private readonly onWord?: (word: SpokenWord) => void,
  ) {
    this.options = { ...options };
  }

  get current(): NarrationState {
    return this.state;
  }

  /** Reads from `block` (by default where it stopped, or from the start once it has ended). */
  play(block?: number): void {
    if (block !== undefined || this.state.status === 'ended') this.chunk = 0;
    const from = block ?? (this.state.status === 'ended' ? 0 : this.state.block);
    this.silence();
    this.speakFrom(Math.min(Math.max(0, from), this.blocks.count));
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.silence();
    this.set({ status: 'paused', block: this.state.block });
  }

  /** Stops and forgets the place (the reader closing). */
  stop(): void {
    this.silence();
    this.chunk = 0;
    this.set({ status: 'stopped', block: 0 });
  }

  /** The next block (or the previous), from its start; reading on if it was reading. */
  skip(by: 1 | -1): void {
    const target = Math.min(this.blocks.count - 1, Math.max(0, this.state.block + by));
    this.chunk = 0;
    if (this.state.status === 'playing') {
      this.play(target);
      return;
    }
    const status = this.state.status === 'ended' || this.state.status === 'failed' ? 'paused' : this.state.status;
    this.set({ status, block: target });
  }

  /** A new speed or voice: the current utterance is said again with it. */
  setOptions(change: Partial<SpeakOptions>): void {
    this.options = { ...this.options, ...change };
    if (this.state.status === 'playing') {
      this.silence();
      this.speakFrom(this.state.block);
    }
  }

  /** Says the utterance `this.chunk` of `block`, passing over blocks with nothing to say. */
  private speakFrom(block: number): void {
    let at = block;
    while (at < this.blocks.count && this.chunk >= this.blocks.of(at).length) {
      at++;
      this.chunk = 0;
    }
    if (at >= this.blocks.count) {
      this.chunk = 0;
      this.set({ status: 'ended', block: 0 });
      return;
    }
    const generation = ++this.generation;
    this.set({ status: 'playing', block: at });
    const chunk = this.chunk;
    this.port.speak(this.blocks.of(at)[chunk] ?? '', this.options, {
      onBoundary: (charIndex, charLength) => {
        if (generation === this.generation) this.onWord?.({ block: at, chunk, charIndex, charLength });
      },
      onEnd: () => {
        if (generation !== this.generation) return;
        this.chunk++;
        this.speakFrom(at);
      },
      onError: (code) => {
        if (generation !== this.generation) return;
        this.generation++;
        this.set({ status: INTERRUPTED.has(code) ? 'paused' : 'failed', block: at, error: code });
      },
    });
  }

  private silence(): void {
    this.generation++;
    this.port.cancel();
  }

  /** Tells the reader of each change of status, block or error (not of each utterance). */
  private set(state: NarrationState): void {
    const same =
      state.status === this.state.status && state.block === this.state.block && state.error === this.state.error;
    this.state = state;
    if (!same) this.onChange(state);
  }
}
