/**
 * Why a call to Folio's storage failed, in words a user can act on. IndexedDB and Dexie name
 * their errors (a full disk, a closed or upgrading database); the rest keep their own message.
 * Pure: the caller passes its translator, so the background answers in the browser's language.
 */
export type Translate = (name: 'storageFull' | 'storageUnavailable', substitutions?: string) => string;

const UNAVAILABLE = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'VersionError',
  'InvalidStateError',
  'TransactionInactiveError',
  'UnknownError',
  'AbortError',
]);

/** The error's own name, or that of the IndexedDB error Dexie wrapped in it. */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.name === 'string') names.push(e.name);
    e = e.inner as typeof e;
  }
  return names;
}

export function failureMessage(error: unknown, t: Translate): string {
  const names = namesOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (names.includes('QuotaExceededError')) return t('storageFull');
  if (names.some((n) => UNAVAILABLE.has(n))) return t('storageUnavailable', detail);
  return detail;
}
