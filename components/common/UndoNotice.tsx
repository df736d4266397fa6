import { useEffect, useState } from 'react';
import { t } from '../../utils/i18n';

export interface Notice {
  message: string;
  /** When set, the notice offers Undo, and stays longer so that there is time to press it. */
  undo?: () => void;
}

/** How long a notice stays: long enough to read, longer when it offers Undo. */
const SHOWN_MS = 3000;
const SHOWN_WITH_UNDO_MS = 8000;

/** A notice that goes away by itself. */
export function useNotice(): [Notice | undefined, (notice: Notice | undefined) => void] {
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), notice.undo ? SHOWN_WITH_UNDO_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice];
}

/**
 * "Highlight deleted. Undo": a status line with an optional Undo button, for the reader and the
 * library alike (each styles it with its own class names, from its own stylesheet).
 */
export function UndoNotice({
  notice,
  onDone,
  className,
  actionClassName,
}: {
  notice: Notice | undefined;
  onDone: () => void;
  className: string;
  actionClassName: string;
}) {
  if (!notice) return null;
  return (
    <p className={className} role="status">
      {notice.message}
      {notice.undo ? (
        <button
          type="button"
          className={actionClassName}
          onClick={() => {
            notice.undo?.();
            onDone();
          }}
        >
          {t('undo')}
        </button>
      ) : null}
    </p>
  );
}
