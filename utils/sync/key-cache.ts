import { type EncryptionParams, openEncryption, type SyncKeys } from './crypto';

/**
 * Deriving the keys takes 600,000 PBKDF2 rounds (about half a second): done once per passphrase
 * and salt while the background lives, not on every sync.
 */
const cache = new Map<string, Promise<SyncKeys>>();

export function keysFor(passphrase: string, params: EncryptionParams): Promise<SyncKeys> {
  const key = `${params.salt}:${params.iterations}:${passphrase}`;
  let keys = cache.get(key);
  if (!keys) {
    keys = openEncryption(passphrase, params);
    cache.set(key, keys);
    // A wrong passphrase is not remembered: the user may type the right one next.
    keys.catch(() => cache.delete(key));
  }
  return keys;
}
