import { webUrlOf } from './article-images';

/**
 * Makes a saved article's HTML load nothing from the network: each picture that was kept points
 * at its stored copy (`keptUrl` gives a blob: URL for an address), every other web picture
 * becomes a line of text saying it was not kept (with its description), and responsive sources
 * (srcset, <picture> sources) go, since they would be fetched in its place. Video and audio stay
 * as the sanitizer left them: they load nothing until played (extract/sanitize.ts).
 */
export function showOnlyKeptImages(
  root: ParentNode,
  keptUrl: (url: string) => string | undefined,
  notKeptText: (description: string) => string,
): { kept: number; notKept: number } {
  let kept = 0;
  let notKept = 0;
  for (const source of root.querySelectorAll('picture source')) source.remove();
  for (const img of root.querySelectorAll('img')) {
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    const url = webUrlOf(img.getAttribute('src'));
    const src = img.getAttribute('src') ?? '';
    if (!url) {
      // data: pictures are in the HTML; anything else (a relative or odd address) is not loaded.
      if (!src.startsWith('data:')) img.removeAttribute('src');
      continue;
    }
    const local = keptUrl(url);
    if (local) {
      img.setAttribute('src', local);
      kept++;
      continue;
    }
    const note = img.ownerDocument.createElement('span');
    note.className = 'folio-image-missing';
    note.textContent = notKeptText(img.getAttribute('alt')?.trim() ?? '');
    img.replaceWith(note);
    notKept++;
  }
  return { kept, notKept };
}
