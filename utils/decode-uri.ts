/**
 * `text` with its %-escapes decoded, or as written when one is malformed: a page's addresses may
 * hold a stray "%" ("100%-cotton.jpg", "#50%-off"), on which `decodeURIComponent` throws.
 * Pure, for the extraction and the reader alike.
 */
export function decodeUriOrAsWritten(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
