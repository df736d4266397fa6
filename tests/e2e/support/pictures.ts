import { crc32, deflateSync } from 'node:zlib';

/**
 * Pictures made on request by the fixture server under /pictures/ (no binary files in the repo):
 * `x.png?w=40&h=30&rgb=c0392b` a solid PNG of that size and colour; `big.png?bytes=N` N bytes that
 * start as a PNG (past the per-picture cap); `status=404` that status; `*.svg` an SVG drawing;
 * `noise=1` random pixels instead of one colour (a photo's size: it does not compress); `hang=1`
 * no answer at all (fixture-server.ts), a picture that stays loading.
 */
export function pictureResponse(url: URL): { status: number; type: string; body: Buffer } {
  const status = Number(url.searchParams.get('status') ?? 200);
  if (status !== 200) return { status, type: 'text/plain', body: Buffer.from('no picture') };
  if (url.pathname.endsWith('.svg')) {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18"/></svg>';
    return { status, type: 'image/svg+xml', body: Buffer.from(svg) };
  }
  const bytes = Number(url.searchParams.get('bytes') ?? 0);
  if (bytes) {
    const body = Buffer.alloc(bytes);
    PNG_SIGNATURE.copy(body);
    return { status, type: 'image/png', body };
  }
  const width = Number(url.searchParams.get('w') ?? 8);
  const height = Number(url.searchParams.get('h') ?? 8);
  const rgb = Buffer.from(url.searchParams.get('rgb') ?? '808080', 'hex');
  if (url.searchParams.get('noise')) return { status, type: 'image/png', body: noisePng(width, height) };
  return { status, type: 'image/png', body: solidPng(width, height, [rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0]) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A truecolour PNG of one colour (each row: filter byte 0, then RGB pixels). */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  return png(width, height, Buffer.concat(Array.from({ length: height }, () => row)));
}

/** A truecolour PNG of random pixels. */
export function noisePng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((1 + width * 3) * height);
  for (let i = 0; i < raw.length; i++) raw[i] = i % (1 + width * 3) === 0 ? 0 : (Math.random() * 256) | 0;
  return png(width, height, raw);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
