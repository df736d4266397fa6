import { expect } from 'vitest';
import type { englishSetting } from './reader-dom';

/**
 * What both browsers must show of generated/typeset-en.html: code at a code leading with its
 * tree intact, a wide table past the column that scrolls, no heading under body size, table cells
 * without a last margin, a picture's box reserved at its declared size.
 */
export function expectEnglishSetting(shown: ReturnType<typeof englishSetting> | undefined): void {
  expect(shown?.preLeading).toBeLessThan(1.6);
  expect(shown?.tree).toContain('├── 2024/\n│   └── reading.md');
  expect(shown?.h5).toBeGreaterThanOrEqual(shown?.body ?? 0);
  expect(shown?.tableWider).toBe(true);
  expect(shown?.tableScrolls).toBe(true);
  expect(shown?.gapAfterTable).toBeGreaterThanOrEqual(12);
  expect(shown?.cellGap).toBe('0px');
  expect(shown?.imgSize).toEqual(['600', '300']);
  expect(shown?.imgRatio).toBeCloseTo(2, 1);
}
