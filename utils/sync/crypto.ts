import { base64ToBytes, bytesToBase64 } from '../offline/base64';
import { SyncError } from './errors';

/**
 * End-to-end encryption of what sync puts on the server (WebCrypto only).
 *
 * A passphrase gives 512 bits through PBKDF2-SHA-256 (OWASP's 600,000 iterations) with a random
 * salt kept in the manifest: the first half is the AES-GCM key for every file, the second an
 * HMAC-SHA-256 key that turns record ids into opaque file names. Each file is one byte of format,
 * a random 96-bit IV, and the ciphertext with its tag, so a changed or truncated file fails to
 * open instead of giving wrong data. The manifest holds `check`, a known text encrypted, so a
 * wrong passphrase is told apart before anything is read or written.
 */
export const PBKDF2_ITERATIONS = 600_000;
const FORMAT_BYTE = 1;
const CHECK_TEXT = 'folio-sync-check';

export interface EncryptionParams {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** CHECK_TEXT encrypted with the key, base64. */
  check: string;
}

export interface SyncKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

export async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<SyncKeys> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
      material,
      512,
    ),
  );
  const [aes, hmac] = await Promise.all([
    crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  ]);
  return { aes, hmac };
}

/** New parameters (a fresh salt) for a folder that is about to be encrypted. */
export async function newEncryption(passphrase: string): Promise<{ params: EncryptionParams; keys: SyncKeys }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const keys = await deriveKeys(passphrase, salt, PBKDF2_ITERATIONS);
  const check = await encryptBytes(keys, new TextEncoder().encode(CHECK_TEXT));
  return {
    params: {
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: bytesToBase64(salt),
      check: bytesToBase64(check),
    },
    keys,
  };
}

/** The keys of an encrypted folder; a passphrase that does not open it throws `passphrase`. */
export async function openEncryption(passphrase: string, params: EncryptionParams): Promise<SyncKeys> {
  if (params.kdf !== 'PBKDF2-SHA-256' || !(params.iterations >= 100_000) || params.iterations > 10_000_000) {
    throw new SyncError('bad-data', 'The folder names an encryption Folio does not know.');
  }
  const keys = await deriveKeys(passphrase, base64ToBytes(params.salt), params.iterations);
  let check: string;
  try {
    check = new TextDecoder().decode(await decryptBytes(keys, base64ToBytes(params.check)));
  } catch {
    check = '';
  }
  if (check !== CHECK_TEXT) {
    throw new SyncError('passphrase', 'This passphrase does not open the library in this folder.');
  }
  return keys;
}

export async function encryptBytes(keys: SyncKeys, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.aes, plain as Uint8Array<ArrayBuffer>),
  );
  const out = new Uint8Array(1 + iv.length + sealed.length);
  out[0] = FORMAT_BYTE;
  out.set(iv, 1);
  out.set(sealed, 1 + iv.length);
  return out;
}

export async function decryptBytes(keys: SyncKeys, file: Uint8Array): Promise<Uint8Array> {
  if (file.length < 1 + 12 + 16 || file[0] !== FORMAT_BYTE) {
    throw new SyncError('bad-data', 'A file on the server is not one Folio encrypted.');
  }
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: file.subarray(1, 13) as Uint8Array<ArrayBuffer> },
        keys.aes,
        file.subarray(13) as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    throw new SyncError('bad-data', 'A file on the server could not be decrypted: it was changed or cut short.');
  }
}

/** A record id as a file name: HMAC with the folder's key (opaque), or SHA-256 without one. */
export async function fileNameOf(id: string, keys: SyncKeys | undefined): Promise<string> {
  const data = new TextEncoder().encode(id);
  const digest = keys ? await crypto.subtle.sign('HMAC', keys.hmac, data) : await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest).subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
