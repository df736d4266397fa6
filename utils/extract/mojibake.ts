/**
 * Text that a site encoded twice: UTF-8 bytes read back as Latin-1 or Windows-1252 and encoded
 * again, so that "Investor’s" arrives as "Investorâ€™s" (or "Investorâ\u0080\u0099s", the C1
 * controls showing as nothing). Common on WordPress sites moved between databases. Only runs that
 * decode as UTF-8 are repaired ("â€™", "Ã©tÃ©"); plain accented words ("café", "Ångström") never
 * form one.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest of the range is Latin-1's). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** The byte a character stood for when UTF-8 was read as Windows-1252 (or Latin-1), if any. */
function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[char];
}

/** How many continuation bytes a UTF-8 lead byte announces (0 for a byte that leads nothing). */
function continuationsAfter(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the text may hold a double-encoded run: a lead byte's character (Â–ô) is the sign. */
export function mayBeDoubleEncoded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xc2 && code <= 0xf4) return true;
  }
  return false;
}

/**
 * The text with each double-encoded character put back. A run is repaired only when it decodes
 * as UTF-8: a capital with a circumflex or tilde followed by a symbol ("Ã©", "Â»", "â€™") is
 * never meant, so the repair is safe. One pair is left: after a capital, a capital with a tilde
 * and a no-break space ("IRMÃ "), which real text writes; after a lower-case letter it is a
 * no-break space or an "à" encoded twice ("solutionsÂ are", "voilÃ ").
 */
export function repairDoubleEncoding(text: string): string {
  if (!mayBeDoubleEncoded(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const lead = text.charCodeAt(i);
    const needed = lead <= 0xff ? continuationsAfter(lead) : 0;
    if (needed) {
      const bytes = [lead];
      for (let k = 1; k <= needed; k++) {
        const byte = byteOf(text[i + k] ?? '');
        if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
        bytes.push(byte);
      }
      // "IRMÃ " is a capital word's last letter before a no-break space; "solutionsÂ are" is not.
      const previous = out.slice(-1);
      const letterAndSpace = needed === 1 && bytes[1] === 0xa0 && previous !== previous.toLowerCase();
      if (bytes.length === needed + 1 && !letterAndSpace) {
        try {
          out += STRICT_UTF8.decode(new Uint8Array(bytes));
          i += needed + 1;
          continue;
        } catch {
          // Not UTF-8 after all: the characters stay as they are.
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** Repairs every text node under the root (see repairDoubleEncoding); most pages need none. */
export function repairDoubleEncodedText(root: Element): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!mayBeDoubleEncoded(text)) continue;
    const repaired = repairDoubleEncoding(text);
    if (repaired !== text) node.nodeValue = repaired;
  }
}

/**
 * Whether the whole page was read in the wrong charset, not only a string a site encoded twice:
 * its <title> is mostly double-encoded characters (Cyrillic, Greek or CJK text read as
 * Windows-1252 turns every letter into two or three). A WordPress title with one "â€™" is not.
 */
export function isReadInWrongCharset(doc: Document): boolean {
  const title = doc.title;
  if (!mayBeDoubleEncoded(title)) return false;
  const repaired = repairDoubleEncoding(title);
  // Each repaired character stood for two to four: the title shrinks by half or more where most
  // of its letters were misread.
  return repaired.length <= title.length * 0.7;
}

/** Repairs the page's text and its <meta> values (the title, og:title, author…), in place. */
export function repairDocumentText(doc: Document): void {
  repairDoubleEncodedText(doc.documentElement);
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    const repaired = repairDoubleEncoding(content);
    if (repaired !== content) meta.setAttribute('content', repaired);
  }
}
