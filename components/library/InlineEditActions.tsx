import { t } from '../../utils/i18n';

/**
 * Save and Cancel for a field edited in place (see useInlineEdit): Save as the primary button;
 * Cancel leaves what is stored as it was.
 */
export function InlineEditActions({ onSave, onCancel }: { onSave: () => void; onCancel: () => void }) {
  return (
    <>
      <button type="button" className="library-primary-button" onClick={onSave}>
        {t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </>
  );
}
