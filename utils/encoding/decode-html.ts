/**
 * Turns a page's bytes into text the way a browser would: a BOM first, then the charset the
 * caller knows (an HTTP header, a --encoding flag), then a <meta charset> or <meta http-equiv>
 * in the first 1,024 bytes, then UTF-8. GBK and GB2312 are read as GB18030, their superset, as
 * browsers (the WHATWG Encoding standard) do.
 */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // Tag by tag: `[^<>]*` stops at the next tag, so no stretch of the head is scanned twice.
  for (const [tag] of head.matchAll(/<meta\b[^<>]*/gi)) {
    const match = /charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(tag);
    if (match) return match[1]?.toLowerCase();
  }
  return undefined;
}

export function decodeHtml(bytes: Uint8Array, declared?: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  const label = (declared ?? sniffCharset(bytes) ?? 'utf-8').toLowerCase();
  const encoding = /^(?:gbk|gb2312|gb_2312-80|x-gbk|cp936|gb18030)$/.test(label) ? 'gb18030' : label;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    throw new Error(`Unknown text encoding "${label}". Try --encoding utf-8, gbk or gb18030.`);
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}
