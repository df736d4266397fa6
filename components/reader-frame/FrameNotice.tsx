import { t } from '../../utils/i18n';
import { DEFAULT_SETTINGS, type ReaderSettings, resolveTheme } from '../../utils/settings';
import { usePrefersDark } from '../reader/useReaderSettings';

interface FrameNoticeProps {
  message: string;
  /** The reader's theme, so that the notice is not a white flash in a dark reader. */
  theme?: ReaderSettings['theme'];
  /** The page's own title, when it was read: says which page Folio found no article on. */
  pageTitle?: string;
  onClose: () => void;
  /**
   * "Choose the article on the page…": the way out where Folio found none (a poem of short lines,
   * a page built by script). Absent where the page itself went away.
   */
  onChoose?: () => void;
  /** The article was read from a part of the page the user chose, and none was there: forget it. */
  onForgetChoice?: () => void;
}

/** No article (or the page went away): say so, with the ways out. Esc closes. */
export function FrameNotice({ message, theme, pageTitle, onClose, onChoose, onForgetChoice }: FrameNoticeProps) {
  const prefersDark = usePrefersDark();
  return (
    <div
      className="folio-notice"
      data-theme={resolveTheme(theme ?? DEFAULT_SETTINGS.theme, prefersDark)}
      role="alert"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="folio-notice-body">
        {pageTitle ? <p className="folio-notice-page">{pageTitle}</p> : null}
        <p>{message}</p>
        {onChoose ? <p>{t('noArticleHint')}</p> : null}
      </div>
      <div className="folio-notice-actions">
        {onChoose ? (
          // biome-ignore lint/a11y/noAutofocus: the notice's first way out; Esc closes it.
          <button type="button" className="folio-button folio-button-primary" onClick={onChoose} autoFocus>
            {t('fixPickArticle')}
          </button>
        ) : null}
        {onForgetChoice ? (
          <button type="button" className="folio-button" onClick={onForgetChoice}>
            {t('fixForgetChoice')}
          </button>
        ) : null}
        {/* biome-ignore lint/a11y/noAutofocus: without a way out here, Enter or Esc dismisses it. */}
        <button type="button" className="folio-button" onClick={onClose} autoFocus={!onChoose}>
          {t('readerClose')}
        </button>
      </div>
    </div>
  );
}
