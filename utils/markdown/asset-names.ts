import { extensionOf } from '../offline/sniff-image';

/** A picture exported beside its note: where the file goes, and the note's link to it. */
export interface ExportedAsset {
  /** Path in the export, e.g. `assets/My note-1.png`. */
  path: string;
  /** The same path as a Markdown link destination (percent-encoded). */
  link: string;
}

/** Characters a Markdown link destination would end or misread at, beyond encodeURIComponent's. */
const LINK_UNSAFE = new Set(['(', ')', '!', '*', "'", '~']);

/**
 * Names for a note's pictures in the `assets/` folder beside it, the layout Obsidian uses for
 * attachments: the note's own name and a number, so that every note's pictures stay apart.
 */
export function assetNames(noteStem: string, images: { url: string; type: string }[]): Map<string, ExportedAsset> {
  const names = new Map<string, ExportedAsset>();
  images.forEach((image, i) => {
    const file = `${noteStem}-${i + 1}.${extensionOf(image.type)}`;
    const encoded = [...encodeURIComponent(file)]
      .map((c) => (LINK_UNSAFE.has(c) ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : c))
      .join('');
    names.set(image.url, { path: `assets/${file}`, link: `assets/${encoded}` });
  });
  return names;
}
