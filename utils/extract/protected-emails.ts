import { descendantsWithTag } from './dom';

/**
 * Cloudflare's email protection: a page served through it shows each address as "[email
 * protected]", with the address itself XOR-ed into a hex string (a `data-cfemail` attribute, or
 * the fragment of a `/cdn-cgi/l/email-protection#…` link) that its script decodes once the page
 * loads. Folio reads the page without its scripts, so the reader showed "[email protected]" where
 * the article says whom to write to. The first byte of the hex is the key for the rest.
 */

/** Two hex digits per character, the key first: an address of up to 160 characters. */
const PROTECTED_HEX = /^(?:[0-9a-f]{2}){2,161}$/i;
/** What decodes to an address and nothing else (no spaces, no markup). */
const ADDRESS = /^[^\s@<>"']{1,64}@[^\s@<>"']{1,190}$/;
const PROTECTION_PATH = '/cdn-cgi/l/email-protection';

/** The address hidden in Cloudflare's hex, or undefined when it does not decode to one. */
export function decodeProtectedEmail(hex: string): string | undefined {
  if (!PROTECTED_HEX.test(hex)) return undefined;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let address = '';
  for (let i = 2; i < hex.length; i += 2)
    address += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16) ^ key);
  return ADDRESS.test(address) ? address : undefined;
}

/**
 * Writes each protected address out in the article, and points its link at it (`mailto:`); one
 * that does not decode stays as the page had it. Every protected address is a link to
 * Cloudflare's path (the hex on the link itself or on a <span> in it), so only links are looked at.
 */
export function revealProtectedEmails(root: Element): void {
  // A static list: iterating jsdom's live collection costs its length at each step (14 s for a
  // page of 5,000 links).
  for (const link of descendantsWithTag(root, 'A')) {
    const href = link.getAttribute('href');
    if (!href?.includes(PROTECTION_PATH)) continue;
    const hidden = link.hasAttribute('data-cfemail') ? link : link.querySelector('[data-cfemail]');
    const address =
      decodeProtectedEmail(hidden?.getAttribute('data-cfemail') ?? '') ??
      decodeProtectedEmail(href.split('#')[1] ?? '');
    if (!address) continue;
    if (hidden) hidden.textContent = address;
    link.setAttribute('href', `mailto:${address}`);
  }
}
