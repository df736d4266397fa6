import { t } from '../../utils/i18n';

export type Panel = 'outline' | 'settings' | 'highlights' | 'listen' | 'editor' | 'keys' | undefined;

/** The toolbar's panel buttons, in order, with their icons (their names are in PANEL_TITLE). */
const PANEL_BUTTONS = [
  ['outline', '☰'],
  ['settings', 'Aa'],
  ['highlights', '✎'],
  ['listen', '▷'],
] as const;

export const PANEL_TITLE = {
  outline: 'readerContents',
  settings: 'readerSettings',
  highlights: 'readerHighlights',
  listen: 'readerListen',
  editor: 'editHighlight',
  keys: 'readerShortcuts',
} as const;

interface Props {
  panel: Panel;
  onTogglePanel: (which: Panel) => void;
  /** Shown on the highlights button. */
  highlightCount: number;
  /** Reading aloud, shown on the Listen button (the voice goes on with its panel closed). */
  listening: boolean;
  /** The offline article page's way back to the library. */
  libraryHref?: string;
  /** The offline article page's Download .md. */
  onExport?: () => void;
  /** Send to Obsidian: the note in the user's vault (the options page sets where). */
  onSendToObsidian?: () => void;
  /** Save article (over a live page only); `saved` once it is. */
  onSave?: () => void;
  saved: boolean;
  /** "Fix this page" mode, on or off; undefined where it is not offered. */
  fixing?: boolean;
  onToggleFix: () => void;
  /** The ✕ button; absent on the offline article page. */
  onClose?: () => void;
}

/**
 * The reader's toolbar: the way back (offline page), the four panels (their state in
 * aria-expanded, the highlights' count on theirs, a mark on Listen while it reads), Download .md,
 * Send to Obsidian, Save (worded, with a saved state), Fix this page, Close. Icons carry their
 * names for screen readers and as tooltips. (Print is in the reading settings and Ctrl+P: every
 * button here takes width a wide table could have beside the column.)
 */
export function ReaderToolbar({
  panel,
  onTogglePanel,
  highlightCount,
  listening,
  libraryHref,
  onExport,
  onSendToObsidian,
  onSave,
  saved,
  fixing,
  onToggleFix,
  onClose,
}: Props) {
  return (
    <div className="folio-toolbar" role="toolbar" aria-label={t('readerToolbar')}>
      {libraryHref ? (
        <a className="folio-tool" href={libraryHref} title={t('readerBackToLibrary')}>
          ←<span className="folio-tool-label">{t('readerBackToLibrary')}</span>
        </a>
      ) : null}
      {PANEL_BUTTONS.map(([which, icon]) => (
        <button
          key={which}
          type="button"
          className="folio-tool"
          aria-expanded={panel === which}
          aria-controls="folio-panel"
          onClick={() => onTogglePanel(which)}
          title={t(PANEL_TITLE[which])}
        >
          {icon}
          <span className="folio-tool-label">{t(PANEL_TITLE[which])}</span>
          {which === 'highlights' && highlightCount ? <span className="folio-badge">{highlightCount}</span> : null}
          {which === 'listen' && listening ? (
            <span className="folio-badge folio-badge-live" title={t('listenReading')}>
              ♪
            </span>
          ) : null}
        </button>
      ))}
      {onExport ? (
        <button type="button" className="folio-tool" title={t('exportMarkdownTitle')} onClick={onExport}>
          <span aria-hidden="true">⤓</span> {t('exportMarkdown')}
        </button>
      ) : null}
      {onSendToObsidian ? (
        <button type="button" className="folio-tool" title={t('sendToObsidian')} onClick={onSendToObsidian}>
          <span aria-hidden="true">◆</span>
          <span className="folio-tool-label">{t('sendToObsidian')}</span>
        </button>
      ) : null}
      {onSave ? (
        <button type="button" className="folio-tool" onClick={onSave} title={t('readerSave')} aria-pressed={saved}>
          {/* Worded, not only a glyph (⤓ read as "download"), and saying when it is done. */}
          <span aria-hidden="true">{saved ? '✓' : '⤓'}</span> {t(saved ? 'readerSavedShort' : 'readerSaveShort')}
        </button>
      ) : null}
      {fixing !== undefined ? (
        <button type="button" className="folio-tool" aria-pressed={fixing} onClick={onToggleFix} title={t('fixButton')}>
          ✂<span className="folio-tool-label">{t('fixButton')}</span>
        </button>
      ) : null}
      {onClose ? (
        <button type="button" className="folio-tool folio-close" onClick={onClose} title={t('readerClose')}>
          ✕<span className="folio-tool-label">{t('readerClose')}</span>
        </button>
      ) : null}
    </div>
  );
}
