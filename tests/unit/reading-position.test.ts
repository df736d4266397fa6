import { describe, expect, it } from 'vitest';
import { isWorthResuming } from '../../utils/reading-position';

describe('offering to resume', () => {
  it('offers between the start and nine tenths, not at the very start nor to someone who has finished', () => {
    const at = (fraction: number) => isWorthResuming({ fraction, updatedAt: 1 } as never);
    expect(at(0.02)).toBe(false);
    expect(at(0.4)).toBe(true);
    expect(at(0.89)).toBe(true);
    expect(at(0.95)).toBe(false); // the end of an article read to its last lines
  });
});
