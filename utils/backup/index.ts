/**
 * Backups: everything as versioned JSON, checked whole before an import writes anything; and
 * highlights as W3C Web Annotations. Pure: no browser API, no database (see db/restore.ts).
 */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupExtras,
  type BackupImage,
  buildBackup,
  toWebAnnotations,
} from './format';
export {
  type BackupPreferences,
  type CurrentPreferences,
  mergeReadingPositions,
  type PreferencesPlan,
  planPreferences,
  REPLACEABLE_SETTINGS,
  type ReplaceableSetting,
} from './preferences';
export { type BackupCheck, checkBackupData, LIMITS, type RejectedItem, validateBackup } from './validate';
