import { PNG } from 'pngjs';

/** A Playwright locator or a puppeteer element handle: both take a PNG screenshot of themselves. */
interface Screenshotting {
  screenshot(): Promise<Uint8Array>;
}

/**
 * What an element looks like on screen, where only the drawing tells (an edge shadow, a link's
 * underline): its screenshot's size and the colour of any pixel, as [red, green, blue].
 */
export async function drawnPixels(element: Screenshotting): Promise<{
  width: number;
  height: number;
  at(x: number, y: number): [number, number, number];
}> {
  const png = PNG.sync.read(Buffer.from(await element.screenshot()));
  return {
    width: png.width,
    height: png.height,
    at(x, y) {
      const i = (png.width * y + x) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    },
  };
}

type DrawnPixels = Awaited<ReturnType<typeof drawnPixels>>;

/** How many of the drawn pixels pass `test`. */
function countPixels(drawn: DrawnPixels, test: (rgb: [number, number, number]) => boolean): number {
  let count = 0;
  for (let y = 0; y < drawn.height; y++) {
    for (let x = 0; x < drawn.width; x++) {
      if (test(drawn.at(x, y))) count++;
    }
  }
  return count;
}

/**
 * The share of pixels tinted blue: a blue highlight's paint over the reader's paper (the paper,
 * its text and the other colours' paints have no such tint).
 */
export function blueTintShare(drawn: DrawnPixels): number {
  return countPixels(drawn, ([r, , b]) => b > r + 30) / Math.max(1, drawn.width * drawn.height);
}

/** How many pixels are drawn in a link's blue (Folio's grey labels and text have none). */
export function bluePixels(drawn: DrawnPixels): number {
  return countPixels(drawn, ([r, g, b]) => b > r + 60 && b > g + 30);
}
