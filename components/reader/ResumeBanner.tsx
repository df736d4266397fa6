import { t } from '../../utils/i18n';

/** "You stopped at 42% last time" with the choice to go there or start from the top. */
export function ResumeBanner({
  fraction,
  onResume,
  onDismiss,
}: {
  fraction: number;
  onResume: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="folio-resume" role="status">
      <span className="folio-resume-text">{t('readerResume', String(Math.round(fraction * 100)))}</span>
      <button type="button" className="folio-button folio-button-primary" onClick={onResume}>
        {t('readerResumeGo')}
      </button>
      <button type="button" className="folio-button" onClick={onDismiss}>
        {t('readerResumeDismiss')}
      </button>
    </div>
  );
}
