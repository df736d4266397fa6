import { t } from '../../utils/i18n';
import type { SyncFailure, SyncStatus } from '../../utils/sync/status';

/** A sync failure in the UI's language: the kind (and for settings, which one) in words. */
export function syncFailureText(failure: SyncFailure): string {
  const status = failure.status ? String(failure.status) : '';
  switch (failure.kind) {
    case 'auth':
      return t('syncErrorAuth', status || '401');
    case 'conflict':
      return t('syncErrorConflict');
    case 'full':
      return t('syncErrorFull', status || '507');
    case 'timeout':
      return t('syncErrorTimeout');
    case 'network':
      return t('syncErrorNetwork');
    case 'not-found':
      return t('syncErrorNotFound');
    case 'passphrase':
      return t('syncErrorPassphrase');
    case 'needs-passphrase':
      return t('syncErrorNeedsPassphrase');
    case 'not-encrypted':
      return t('syncErrorNotEncrypted');
    case 'bad-data':
      return t('syncErrorBadData');
    case 'settings':
      if (failure.problem === 'missing-fields') return t('syncErrorMissingFields');
      if (failure.problem === 'credentials-in-address') return t('syncErrorCredentialsInAddress');
      if (failure.problem === 'no-permission') return t('syncErrorNoPermission');
      return t('syncErrorBadAddress');
    default:
      return t('syncErrorServer', status ? `HTTP ${status}` : failure.message);
  }
}

/** A time in the UI's language and this device's time zone. */
export function localTime(ms: number): string {
  return new Date(ms).toLocaleString(navigator.language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The status lines the options page shows (the popup shows the first). */
export function syncStatusLines(status: SyncStatus, enabled: boolean): string[] {
  if (!enabled) return [t('syncStatusOff')];
  if (status.state === 'syncing') {
    const p = status.progress;
    return [p?.total ? t('syncStatusSyncing', [String(p.done), String(p.total)]) : t('syncStatusStarting')];
  }
  const lines = [status.lastSyncAt ? t('syncStatusLast', localTime(status.lastSyncAt)) : t('syncStatusNever')];
  if (status.last && status.state === 'idle') {
    lines.push(t('syncStatusResult', [String(status.last.pushed), String(status.last.pulled)]));
    if (status.last.backup) lines.push(t('syncStatusBackup'));
  }
  if (status.pending > 0) lines.push(t('syncStatusPending', String(status.pending)));
  return lines;
}
