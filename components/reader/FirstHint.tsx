import { useEffect, useState } from 'react';
import { t } from '../../utils/i18n';
import { loadHintDone, saveHintDone } from '../../utils/settings/hint-storage';

/**
 * The first time the reader opens: how to highlight (select a passage; Alt+Shift+H), until the
 * reader makes a first highlight or says "Got it". Never shown again after either, nor over an
 * article that has highlights already.
 */
export function FirstHint({ highlightCount }: { highlightCount: number }) {
  const [show, setShow] = useState(false);
  const [countAtStart, setCountAtStart] = useState<number>();
  // An article that has highlights already: its reader knows how (they were made somewhere).
  const [hadHighlights] = useState(highlightCount > 0);
  useEffect(() => {
    let live = true;
    if (hadHighlights) return;
    void loadHintDone()
      .then((done) => {
        if (live && !done) setShow(true);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [hadHighlights]);
  useEffect(() => {
    if (!show) return;
    if (countAtStart === undefined) setCountAtStart(highlightCount);
    else if (highlightCount > countAtStart) {
      // The hint was followed: it has done its job.
      setShow(false);
      void saveHintDone().catch(() => {});
    }
  }, [show, highlightCount, countAtStart]);
  if (!show) return null;
  return (
    <div className="folio-resume folio-first-hint" role="note">
      <span className="folio-resume-text">{t('readerFirstHint')}</span>
      <button
        type="button"
        className="folio-button"
        onClick={() => {
          setShow(false);
          void saveHintDone().catch(() => {});
        }}
      >
        {t('readerFirstHintDone')}
      </button>
    </div>
  );
}
