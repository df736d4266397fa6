import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_PAGES } from '../../utils/reading-position/positions';
import { readingPlacesFrom, readingPlacesStamp, shareReadingPlaces } from '../../utils/sync/reading-places';

const place = (fraction: number, savedAt: number) => ({ fraction, savedAt });

describe('reading places shared through sync', () => {
  it("takes the server's place only when it is newer, and shares only the library's articles", () => {
    const library = new Set(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    const here = {
      'https://a.example/1': place(0.2, 100),
      'https://a.example/2': place(0.6, 300),
      'https://never-saved.example/': place(0.5, 400),
    };
    const there = {
      'https://a.example/1': place(0.7, 200),
      // Same time on both: this device's stays (no flip-flop between two devices).
      'https://a.example/2': place(0.1, 300),
      'https://a.example/3': place(0.3, 50),
      // An article deleted here since: not taken in, not shared again.
      'https://deleted.example/': place(0.9, 500),
    };
    const { shared, newerThere } = shareReadingPlaces(here, there, library);
    expect(newerThere).toEqual({ 'https://a.example/1': place(0.7, 200), 'https://a.example/3': place(0.3, 50) });
    expect(shared).toEqual({
      'https://a.example/1': place(0.7, 200),
      'https://a.example/2': place(0.6, 300),
      'https://a.example/3': place(0.3, 50),
    });
  });

  it('shares at most the newest 500 places', () => {
    const here = Object.fromEntries(
      Array.from({ length: MAX_REMEMBERED_PAGES + 20 }, (_, i) => [`https://a.example/${i}`, place(0.5, i)]),
    );
    const { shared } = shareReadingPlaces(here, {}, new Set(Object.keys(here)));
    expect(Object.keys(shared)).toHaveLength(MAX_REMEMBERED_PAGES);
    expect(shared['https://a.example/0']).toBeUndefined();
    expect(shared[`https://a.example/${MAX_REMEMBERED_PAGES + 19}`]).toBeDefined();
  });

  it('reads a damaged or hostile file as what is sound in it', () => {
    expect(readingPlacesFrom('not a map')).toEqual({});
    expect(
      readingPlacesFrom({
        'javascript:alert(1)': place(0.5, 1),
        'https://a.example/too-far': place(5, 1),
        'https://a.example/no-time': { fraction: 0.5 },
        'https://a.example/ok#part': place(0.5, 1),
      }),
    ).toEqual({ 'https://a.example/ok': place(0.5, 1) });
  });

  it('stamps the same places the same whatever their order', () => {
    const one = { 'https://a.example/1': place(0.1, 1), 'https://a.example/2': place(0.2, 2) };
    const other = { 'https://a.example/2': place(0.2, 2), 'https://a.example/1': place(0.1, 1) };
    expect(readingPlacesStamp(one)).toBe(readingPlacesStamp(other));
    expect(readingPlacesStamp(one)).not.toBe(readingPlacesStamp({ ...one, 'https://a.example/2': place(0.3, 3) }));
  });
});
