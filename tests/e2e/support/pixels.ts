import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';

/**
 * What an element looks like on screen, where only the drawing tells (an edge shadow, a link's
 * underline): its screenshot's size and the colour of any pixel, as [red, green, blue].
 */
export async function drawnPixels(element: Locator): Promise<{
  width: number;
  height: number;
  at(x: number, y: number): [number, number, number];
}> {
  const png = PNG.sync.read(await element.screenshot());
  return {
    width: png.width,
    height: png.height,
    at(x, y) {
      const i = (png.width * y + x) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    },
  };
}
