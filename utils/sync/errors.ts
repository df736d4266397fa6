/**
 * What can go wrong talking to the sync server, in kinds the user is told apart and the scheduler
 * acts on: `auth` stops automatic retries until the settings change; `conflict` makes the engine
 * read again, merge and retry; the rest are retried at the next trigger. Nothing local is changed
 * by a failed request, so every kind loses nothing.
 */
export type SyncErrorKind =
  | 'auth'
  | 'conflict'
  | 'full'
  | 'server'
  | 'timeout'
  | 'network'
  | 'not-found'
  | 'passphrase'
  | 'needs-passphrase'
  | 'not-encrypted'
  | 'bad-data'
  | 'settings';

/** Which setting is wrong, for `settings` errors: the options page says it in the UI's language. */
export type SettingsProblem = 'missing-fields' | 'bad-address' | 'credentials-in-address' | 'no-permission';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    readonly problem?: SettingsProblem,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** The kind an HTTP status answers to (undefined: a success or an answer the caller handles). */
export function kindOfStatus(status: number): SyncErrorKind | undefined {
  if (status === 401 || status === 403) return 'auth';
  if (status === 409 || status === 412 || status === 423) return 'conflict';
  if (status === 507 || status === 413) return 'full';
  if (status === 404) return 'not-found';
  if (status >= 400) return 'server';
  return undefined;
}

export function isSyncError(error: unknown, kind?: SyncErrorKind): error is SyncError {
  return error instanceof SyncError && (kind === undefined || error.kind === kind);
}
