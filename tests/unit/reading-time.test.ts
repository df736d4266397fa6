import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingTimeMinutes } from '../../utils/extract/reading-time';
import { countCjk, countLatinWords, weightedLength } from '../../utils/extract/text';

/**
 * The reading time the reader shows under the title, and the text measures the extraction steps
 * weigh blocks by. The counts are loops over character codes (for speed on long Chinese pages);
 * these tests hold them to their plain definitions, written as regular expressions.
 */

/** CJK characters and CJK/full-width punctuation, counted per UTF-16 unit. */
const CJK_REFERENCE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef]/g;
/** Runs of letters and digits of spaced scripts, joined by an apostrophe or a hyphen. */
const WORD_REFERENCE =
  /(?:(?![\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef])[\p{L}\p{N}])+(?:['’-](?:(?![\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef])[\p{L}\p{N}])+)*/gu;

/** Each CJK range's first and last code unit, and the units just outside it. */
const RANGE_EDGES = [
  0x2fff, 0x3000, 0x30ff, 0x3100, 0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xf8ff, 0xf900,
  0xfaff, 0xfb00, 0xabff, 0xac00, 0xd7af, 0xd7b0, 0xfeff, 0xff00, 0xffef, 0xfff0,
].map((code) => String.fromCharCode(code));

/** Characters from the scripts and edges that matter: ASCII, accents, CJK, kana, Hangul, full-width, astral. */
const mixedChar = fc.oneof(
  fc.constantFrom(' ', '\n', "'", '’', '-', '。', '，', '「', 'Ａ', '１', ...RANGE_EDGES),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xc0, max: 0x24f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x3000, max: 0x30ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x4e00, max: 0x4e80 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xac00, max: 0xac40 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xff00, max: 0xffef }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('𝐀', '𠀀', '😀', '\ud800'),
);
const mixedText = fc.array(mixedChar, { maxLength: 80 }).map((chars) => chars.join(''));

describe('text measures', () => {
  it('count CJK characters as the CJK pattern does, on any mix of scripts', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(countCjk(text)).toBe(text.match(CJK_REFERENCE)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('count words as runs of letters and digits joined by an apostrophe or hyphen, never CJK', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(countLatinWords(text)).toBe(text.match(WORD_REFERENCE)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('weigh a CJK character as three Latin ones', () => {
    expect(weightedLength('读书 ok')).toBe(3 * 2 + 3);
    expect(weightedLength('。，')).toBe(6);
  });
});

describe('reading time', () => {
  it('reads Chinese at 350 characters a minute and English at 230 words', () => {
    expect(readingTimeMinutes('读'.repeat(350 * 3))).toBe(3);
    expect(readingTimeMinutes('word '.repeat(230 * 4))).toBe(4);
    expect(readingTimeMinutes(`${'读'.repeat(350)} ${"don't stop ".repeat(115)}`)).toBe(2);
  });

  it('is at least a minute for any text and none for blank text', () => {
    expect(readingTimeMinutes('Hi.')).toBe(1);
    expect(readingTimeMinutes('  \n ')).toBe(0);
  });
});
