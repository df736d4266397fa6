/**
 * A voice for the reader where the machine has none (CI's Chromium and Firefox list no voices):
 * run in the reader frame, it puts a recording speech synthesis in place of the browser's, with
 * three voices. Each utterance is logged and stays "being said" until the test calls finish(),
 * so the test steps through the reading; cancel() reports the cut utterance "interrupted", late,
 * as Chrome does. Everything else is the real reader in the real browser.
 */
export interface RecordedUtterance {
  text: string;
  rate: number;
  voice: string | null;
  lang: string;
}

/** Runs in the frame (given as source text): only what the frame's own window has. */
export function installRecordingVoice(doc: Document): boolean {
  const win = doc.defaultView as unknown as Record<string, unknown> & Window;
  type Utterance = {
    text: string;
    lang: string;
    rate: number;
    voice: { voiceURI: string } | null;
    onend: ((event: object) => void) | null;
    onerror: ((event: { error: string }) => void) | null;
    onboundary: ((event: { name: string; charIndex: number; charLength: number }) => void) | null;
  };
  const voices = [
    { voiceURI: 'test-zh', name: 'Test Chinese', lang: 'zh-CN', default: false, localService: true },
    { voiceURI: 'test-en', name: 'Test English', lang: 'en-US', default: true, localService: true },
    { voiceURI: 'net-en', name: 'Network English', lang: 'en-GB', default: false, localService: false },
  ];
  const log: RecordedUtterance[] = [];
  let current: Utterance | undefined;
  const record = { log, cancels: 0, finish: () => false, word: (_at: number, _length: number) => false };
  const synth = new EventTarget() as EventTarget & Record<string, unknown>;
  synth.getVoices = () => voices;
  synth.speak = (u: Utterance) => {
    log.push({ text: u.text, rate: u.rate, voice: u.voice?.voiceURI ?? null, lang: u.lang });
    current = u;
  };
  synth.cancel = () => {
    record.cancels++;
    const cut = current;
    current = undefined;
    if (cut) setTimeout(() => cut.onerror?.({ error: 'interrupted' }), 0);
  };
  record.finish = () => {
    const done = current;
    current = undefined;
    done?.onend?.({});
    return Boolean(done);
  };
  // Says the word at `at` of the utterance, as a voice that reports words does.
  record.word = (at, length) => {
    current?.onboundary?.({ name: 'word', charIndex: at, charLength: length });
    return Boolean(current);
  };
  win.folioTestVoice = record;
  Object.defineProperty(win, 'speechSynthesis', { value: synth, configurable: true });
  win.SpeechSynthesisUtterance = class {
    text: string;
    lang = '';
    rate = 1;
    voice = null;
    onend = null;
    onerror = null;
    onboundary = null;
    constructor(text: string) {
      this.text = text;
    }
  };
  return true;
}

/** What the recording voice was given so far, and how often it was cut short. */
export function recordedSpeech(doc: Document): { log: RecordedUtterance[]; cancels: number } {
  const record = (doc.defaultView as unknown as { folioTestVoice: { log: RecordedUtterance[]; cancels: number } })
    .folioTestVoice;
  return { log: record.log, cancels: record.cancels };
}

/** Ends the utterance being said, as a voice does when it is through; false when none was. */
export function finishUtterance(doc: Document): boolean {
  return (doc.defaultView as unknown as { folioTestVoice: { finish(): boolean } }).folioTestVoice.finish();
}

/** The voice reaches the word `[at, length]` of the utterance being said. */
export function sayWord(doc: Document, [at, length]: [number, number]): boolean {
  return (
    doc.defaultView as unknown as { folioTestVoice: { word(at: number, length: number): boolean } }
  ).folioTestVoice.word(at, length);
}

/** The text painted as the word being said, or null. */
export function paintedWord(doc: Document): string | null {
  const highlights = (doc.defaultView as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const painted = highlights.get('folio-spoken-word');
  return painted ? [...painted].map((range) => range.toString()).join('|') : null;
}
