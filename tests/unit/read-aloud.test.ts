import { describe, expect, it } from 'vitest';
import { speakableBlocks } from '../../components/reader/listen/speakable-blocks';
import { chooseVoice, type VoiceInfo, voicesFor } from '../../utils/narrate/choose-voice';
import {
  chunkStarts,
  MAX_UTTERANCE_WEIGHT,
  speechChunks,
  spokenWeight,
  wordLengthAt,
} from '../../utils/narrate/speech-chunks';
import { normalizeListenSettings } from '../../utils/settings/listen-settings';

describe('utterances', () => {
  it('joins short sentences (an abbreviation is no stop) and collapses white space', () => {
    expect(speechChunks('Mr. Smith went to\n  Washington. He   stayed.', 'en')).toEqual([
      'Mr. Smith went to Washington. He stayed.',
    ]);
  });

  it('cuts a long paragraph between sentences, none longer than about 12 seconds of speech', () => {
    const sentence = 'Slow reading is a habit worth keeping for the long run. ';
    const chunks = speechChunks(sentence.repeat(12), 'en');
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(spokenWeight(chunk)).toBeLessThanOrEqual(MAX_UTTERANCE_WEIGHT);
      expect(chunk.endsWith('run.')).toBe(true);
    }
    expect(chunks.join(' ')).toBe(sentence.repeat(12).trim());
  });

  it('cuts Chinese after 。！？, a Chinese character weighing three letters', () => {
    const text = '我们今天去公园散步，天气很好。你明天还来吗？'.repeat(4);
    const chunks = speechChunks(text, 'zh');
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(spokenWeight(chunk)).toBeLessThanOrEqual(MAX_UTTERANCE_WEIGHT);
      expect(chunk.endsWith('？')).toBe(true);
    }
    expect(chunks.join('')).toBe(text);
  });

  it('cuts a sentence too long to say at once at its clause marks, else where it must', () => {
    const clauses = speechChunks('这是一个很长的分句，'.repeat(20), 'zh');
    expect(clauses.every((c) => c.endsWith('，'))).toBe(true);
    const unbroken = speechChunks('字'.repeat(200), 'zh');
    expect(unbroken.map((c) => c.length)).toEqual([60, 60, 60, 20]);
  });

  it('says nothing for blank text, and reads under a language tag the browser does not know', () => {
    expect(speechChunks(' \n\t ')).toEqual([]);
    expect(speechChunks('Hello there. Bye.', 'not a tag!')).toEqual(['Hello there. Bye.']);
  });
});

const voice = (voiceURI: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  voiceURI,
  name: voiceURI,
  lang,
  default: false,
  localService: true,
  ...extra,
});

describe('the voice', () => {
  const voices = [
    voice('en-us-default', 'en-US', { default: true }),
    voice('en-gb-online', 'en-GB', { localService: false }),
    voice('en-gb', 'en-GB'),
    voice('zh-tw', 'zh-TW'),
    voice('zh-cn', 'zh_CN'),
    voice('fr', 'fr-FR'),
  ];

  it("reads a Chinese article in a Chinese voice, the page's own region first, though the default speaks English", () => {
    expect(chooseVoice(voices, 'zh-CN', {})?.voiceURI).toBe('zh-cn');
    expect(chooseVoice(voices, 'zh', {})?.voiceURI).toBe('zh-tw');
  });

  it('prefers, among equals, the browser’s default, then a voice on this machine', () => {
    expect(voicesFor(voices, 'en').matching.map((v) => v.voiceURI)).toEqual(['en-us-default', 'en-gb', 'en-gb-online']);
    expect(chooseVoice(voices, 'en-GB', {})?.voiceURI).toBe('en-gb');
  });

  it('keeps the voice the user chose for the language while the system has it', () => {
    expect(chooseVoice(voices, 'en-US', { en: 'en-gb-online' })?.voiceURI).toBe('en-gb-online');
    expect(chooseVoice(voices, 'en-US', { en: 'gone' })?.voiceURI).toBe('en-us-default');
    // A choice for English does not read Chinese.
    expect(chooseVoice(voices, 'zh-CN', { en: 'en-gb' })?.voiceURI).toBe('zh-cn');
  });

  it('falls back to the default voice for a language the system cannot speak, and to none without voices', () => {
    expect(chooseVoice(voices, 'ja', {})?.voiceURI).toBe('en-us-default');
    expect(chooseVoice(voices, undefined, {})?.voiceURI).toBe('en-us-default');
    expect(chooseVoice([], 'en', {})).toBeUndefined();
  });

  it('lists the other languages’ voices after, by language', () => {
    expect(voicesFor(voices, 'zh-CN').others.map((v) => v.voiceURI)).toEqual([
      'en-gb',
      'en-gb-online',
      'en-us-default',
      'fr',
    ]);
  });
});

describe('listen settings', () => {
  it('keep a speed within 0.5× to 3× in tenths, and only string voices', () => {
    expect(normalizeListenSettings({ rate: 7, voiceByLanguage: { en: 'a', zh: 3, '': 'b' } })).toEqual({
      rate: 3,
      voiceByLanguage: { en: 'a', '': 'b' },
    });
    expect(normalizeListenSettings({ rate: 1.234 }).rate).toBe(1.2);
    expect(normalizeListenSettings('junk')).toEqual({ rate: 1, voiceByLanguage: {} });
    expect(normalizeListenSettings({ rate: Number.NaN }).rate).toBe(1);
  });
});

describe('what is read aloud', () => {
  const blocksOf = (html: string) => {
    const root = document.createElement('article');
    root.innerHTML = html;
    return speakableBlocks(root).map((b) => `${b.element.localName}: ${b.text}`);
  };

  it('the title, paragraphs, headings and list items in order; not the line of facts under the title', () => {
    expect(
      blocksOf(`<header><h1 class="folio-title">Title</h1><p class="folio-meta">Site · 3 min</p></header>
        <h2>Part</h2><p>First.</p><ul><li>One</li><li><p>Two</p></li></ul><p>   </p>`),
    ).toEqual(['h1: Title', 'h2: Part', 'p: First.', 'li: One', 'p: Two']);
  });

  it('an item’s own words, and its nested list after it', () => {
    expect(blocksOf('<ul><li>Fruit <b>kinds</b><ul><li>Apple</li></ul></li></ul>')).toEqual([
      'li: Fruit kinds',
      'li: Apple',
    ]);
  });

  it('no code, formula, button or hidden mark; a line break is a space', () => {
    expect(
      blocksOf(`<pre><p>code</p></pre><p>Let <math><mi>x</mi></math> be<br>small<button>Copy</button>.</p>
        <p aria-hidden="true">∎</p>`),
    ).toEqual(['p: Let be small.']);
  });

  it('knows where each character came from, through inline marks, collapsed spaces and a line break', () => {
    const root = document.createElement('article');
    root.innerHTML = '<p>  Read <b>slowly</b>,\n   and <i>well</i><br>today.</p>';
    const [block] = speakableBlocks(root);
    expect(block?.text).toBe('Read slowly, and well today.');
    const at = (offset: number) => {
      const place = block?.locate(offset);
      return place && `${place.node.data.slice(place.offset, place.offset + 4)}`;
    };
    expect(at(block?.text.indexOf('slowly') ?? -1)).toBe('slow');
    expect(at(block?.text.indexOf('and') ?? -1)).toBe('and ');
    expect(at(block?.text.indexOf('well') ?? -1)).toBe('well');
    expect(at(block?.text.indexOf('today') ?? -1)).toBe('toda');
  });
});

describe('where a word is', () => {
  it('finds each utterance in its block, and a word’s length where the voice does not say it', () => {
    const text = 'One sentence here. Another one there. 第三句话。';
    const chunks = speechChunks(text, 'en', 20);
    const starts = chunkStarts(text, chunks);
    expect(starts.map((s, i) => text.slice(s, s + (chunks[i]?.length ?? 0)))).toEqual(chunks);
    expect(wordLengthAt('Another one', 0)).toBe(7);
    expect(wordLengthAt('Another one', 8)).toBe(3);
    expect(wordLengthAt('第三句话。', 1)).toBe(1);
  });
});
