import { describe, expect, it } from 'vitest';
import {
  inProgressNewestFirst,
  isWorthResuming,
  onlyPlacesTakenIn,
  readingProgress,
} from '../../utils/reading-position';

describe('offering to resume', () => {
  it('offers between the start and nine tenths, not at the very start nor to someone who has finished', () => {
    const at = (fraction: number) => isWorthResuming({ fraction, updatedAt: 1 } as never);
    expect(at(0.02)).toBe(false);
    expect(at(0.4)).toBe(true);
    expect(at(0.89)).toBe(true);
    expect(at(0.95)).toBe(false); // the end of an article read to its last lines
  });
});

describe('how far an article was read, as the library says it', () => {
  it('not begun at the opening, a percentage in between, read to the end past nine tenths', () => {
    const at = (fraction: number) => readingProgress({ fraction, savedAt: 1 });
    expect(readingProgress(undefined)).toEqual({ state: 'unread', percent: 0 });
    expect(at(0.03)).toEqual({ state: 'unread', percent: 3 });
    expect(at(0.424)).toEqual({ state: 'reading', percent: 42 });
    expect(at(0.9)).toEqual({ state: 'finished', percent: 90 });
    expect(at(7)).toEqual({ state: 'finished', percent: 100 }); // a bad stored value, kept in range
  });
});

describe('continue reading', () => {
  it('offers the pages begun and not finished, the most recently read first', () => {
    expect(
      inProgressNewestFirst({
        'https://a.example/older': { fraction: 0.3, savedAt: 100 },
        'https://a.example/finished-later': { fraction: 0.95, savedAt: 400 },
        'https://a.example/newest': { fraction: 0.5, savedAt: 300 },
        'https://a.example/only-opened': { fraction: 0.01, savedAt: 500 },
      }),
    ).toEqual(['https://a.example/newest', 'https://a.example/older']);
  });
});

describe('telling places taken in from a reader moving on', () => {
  const a = { fraction: 0.2, savedAt: 1 };
  const b = { fraction: 0.5, savedAt: 2 };
  it('a change that only brought in the places a sync took in is no move; a move beside it is', () => {
    const before = { 'https://a.example/': a };
    const takenIn = { 'https://b.example/': b };
    expect(onlyPlacesTakenIn({ ...before, ...takenIn }, before, takenIn)).toBe(true);
    // The reader moved on in a page while the places came in.
    const moved = { 'https://a.example/': { fraction: 0.3, savedAt: 3 }, ...takenIn };
    expect(onlyPlacesTakenIn(moved, before, takenIn)).toBe(false);
    // A place for the same page, saved here after the one taken in.
    expect(onlyPlacesTakenIn({ 'https://b.example/': { fraction: 0.6, savedAt: 4 } }, {}, takenIn)).toBe(false);
    // The oldest place dropped, nothing new: no move.
    expect(onlyPlacesTakenIn({}, before, {})).toBe(true);
  });
});
