import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';
import type { SyncStatus } from '../../utils/sync/status';
import { loadSyncStatus, watchSyncStatus } from '../../utils/sync/sync-storage';
import { localTime } from '../options/sync-messages';

/** One line in the popup once sync is set up: when it last synced, or that it has a problem. */
export function SyncStatusLine() {
  const [enabled, setEnabled] = useState(false);
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    void getFolioService()
      .getSyncSettings()
      .then((view) => setEnabled(view.enabled))
      .catch(() => {});
    void loadSyncStatus().then(setStatus);
    return watchSyncStatus(setStatus);
  }, []);
  if (!enabled || !status) return null;
  if (status.state === 'error') {
    return (
      <p className="popup-sync popup-problem">
        <button type="button" className="popup-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSyncProblem')}
        </button>
      </p>
    );
  }
  const text =
    status.state === 'syncing'
      ? t('popupSyncing')
      : status.lastSyncAt
        ? t('popupSyncLast', localTime(status.lastSyncAt))
        : t('syncStatusNever');
  return <p className="popup-sync popup-hint">{text}</p>;
}
