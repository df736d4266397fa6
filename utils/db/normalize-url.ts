/**
 * The key an article is stored under: the same page reached through a share link, an anchor or a
 * campaign link must find the same article and highlights.
 *
 * Drops the fragment (including text fragments `#:~:text=`), every `utm_*` parameter and a few
 * other pure tracking parameters; lower-cases the host (URL does that); keeps every other
 * parameter in its order, since on many sites (`?id=123`, `?p=2`) they pick the page.
 */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'spm']);

export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    // Not a URL we can parse (an about: page, a bare string in a test): keep it as it is.
    return input.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(
    ([name]) => !name.toLowerCase().startsWith('utm_') && !TRACKING_PARAMS.has(name.toLowerCase()),
  );
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  return url.toString();
}
