// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stepHighlight } from '../../components/reader/highlight-steps';

describe('N and P: the next or previous highlight from the reading line', () => {
  // Three highlights: one above the line, one at it, one below.
  const tops = [-300, 2, 450];
  it('goes to the first below the line, past the one the reader is at', () => {
    expect(stepHighlight(tops, 'next')).toBe(2);
    expect(stepHighlight([120, 450], 'next')).toBe(0);
  });
  it('goes back to the last above the line', () => {
    expect(stepHighlight(tops, 'previous')).toBe(0);
  });
  it('has nowhere to go past the last, before the first, or without highlights', () => {
    expect(stepHighlight([-500, -20], 'next')).toBeUndefined();
    expect(stepHighlight([3, 200], 'previous')).toBeUndefined();
    expect(stepHighlight([], 'next')).toBeUndefined();
  });
});
