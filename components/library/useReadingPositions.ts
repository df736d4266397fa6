import { useEffect, useState } from 'react';
import { loadReadingPositions, type ReadingPosition, watchReadingPositions } from '../../utils/reading-position';

/**
 * Where the reader stopped on each page (by normalized URL, as articles keep theirs), kept up to
 * date while the library is open: reading in another tab moves a row's progress. Empty until read,
 * and if storage cannot be read (progress is a help, not the library's data).
 */
export function useReadingPositions(): Record<string, ReadingPosition> {
  const [positions, setPositions] = useState<Record<string, ReadingPosition>>({});
  useEffect(() => {
    let live = true;
    void loadReadingPositions()
      .then((all) => {
        if (live) setPositions(all);
      })
      .catch(() => {});
    const unwatch = watchReadingPositions((all) => {
      if (live) setPositions(all);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return positions;
}
