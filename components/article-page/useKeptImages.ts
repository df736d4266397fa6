import { useEffect, useState } from 'react';
import { imagesOf } from '../../utils/db/images';
import { libraryDb } from '../../utils/pages/library-db';

/**
 * The saved article's kept pictures, as blob: URLs by their original address; undefined while
 * they load. Read from the database here, in the page (Blobs cannot cross Chrome's JSON
 * messages; see library-db.ts), and released when the page lets them go.
 */
export function useKeptImages(articleId: string | null): Map<string, string> | undefined {
  const [urls, setUrls] = useState<Map<string, string>>();
  useEffect(() => {
    if (!articleId) {
      setUrls(new Map());
      return;
    }
    let live = true;
    const made: string[] = [];
    imagesOf(libraryDb(), articleId).then(
      (records) => {
        if (!live) return;
        const map = new Map<string, string>();
        for (const record of records) {
          const url = URL.createObjectURL(record.blob);
          made.push(url);
          map.set(record.url, url);
        }
        setUrls(map);
      },
      // Without them the article still reads: each picture says it was not kept.
      () => live && setUrls(new Map()),
    );
    return () => {
      live = false;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [articleId]);
  return urls;
}
