/**
 * "Next highlight" and "previous highlight" (N and P in the reader): which of the article's
 * highlights, in reading order, to go to from where the reader is. Pure: given each highlight's
 * top, measured from the reading line (where a highlight scrolled to comes to rest; negative
 * above it). A highlight within `tolerance` of the line is the one the reader is at.
 */
export function stepHighlight(
  tops: readonly number[],
  direction: 'next' | 'previous',
  tolerance = 4,
): number | undefined {
  if (direction === 'next') {
    const index = tops.findIndex((top) => top > tolerance);
    return index < 0 ? undefined : index;
  }
  for (let i = tops.length - 1; i >= 0; i--) if ((tops[i] as number) < -tolerance) return i;
  return undefined;
}
