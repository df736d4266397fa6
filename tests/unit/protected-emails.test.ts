import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { extractArticle } from '../../utils/extract';
import { decodeProtectedEmail } from '../../utils/extract/protected-emails';

/** What Cloudflare writes for an address: a key byte, then each character XOR-ed with it, in hex. */
function protect(address: string, key = 0x26): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...address].map((c) => hex(c.charCodeAt(0) ^ key)).join('');
}

const URL = 'https://emails.folio.test/post';
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: reading slowly is a skill worth keeping, and it can be learned again with some patience and a quiet room.</p>`;

describe('addresses behind Cloudflare’s email protection', () => {
  it('decodes the hex the page carries for its script', () => {
    expect(decodeProtectedEmail('264f484049664e4756564f4a5f4549484843455243420845494b')).toBe(
      'info@happilyconnected.com',
    );
    expect(decodeProtectedEmail(protect('editor@quiet.example', 0x9c))).toBe('editor@quiet.example');
  });

  it('leaves what is not an address as it was: bad hex, markup, no "@"', () => {
    expect(decodeProtectedEmail('zz12')).toBeUndefined();
    expect(decodeProtectedEmail('26')).toBeUndefined();
    expect(decodeProtectedEmail(protect('<img src=x onerror=alert(1)>@a'))).toBeUndefined();
    expect(decodeProtectedEmail(protect('not an address'))).toBeUndefined();
  });

  it('shows the address in the reader and links to it, where the page showed "[email protected]"', () => {
    const html = `<body><article><h1>Letters</h1>${[1, 2, 3].map(paragraph).join('')}
      <p>Write to us at <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${protect('letters@quiet.example')}">[email&#160;protected]</a> with questions.</p>
      <p>Or the editor: <a href="/cdn-cgi/l/email-protection#${protect('editor@quiet.example')}"><span class="__cf_email__" data-cfemail="${protect('editor@quiet.example')}">[email&#160;protected]</span></a>.</p>
      </article></body>`;
    const result = extractArticle(parseHtml(html, URL), { url: URL, consumeDocument: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('Write to us at letters@quiet.example with questions.');
    expect(result.article.textContent).toContain('Or the editor: editor@quiet.example.');
    expect(result.article.textContent).not.toContain('protected');
    expect(result.article.content).toContain('href="mailto:letters@quiet.example"');
    expect(result.article.content).toContain('href="mailto:editor@quiet.example"');
    expect(result.article.content).not.toContain('data-cfemail');
  });
});
