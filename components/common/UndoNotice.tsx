import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../utils/i18n';
import { isTextField } from './text-field';

export interface Notice {
  message: string;
  /** A button beside the message: Undo after a delete, Try again after a failure. */
  action?: { label: string; run: () => void };
  /** A failure: announced at once (role="alert") and kept until the user acts on it. */
  error?: boolean;
}

/** How long a notice stays: long enough to read, longer when it offers an action. */
const SHOWN_MS = 3000;
const SHOWN_WITH_ACTION_MS = 8000;

/** The notice on show, if any. It goes away by itself: `UndoNotice` times it. */
export function useNotice(): [Notice | undefined, (notice: Notice | undefined) => void] {
  return useState<Notice>();
}

/**
 * Runs a write the user asked for and reports it: `done` on success; on failure a notice that
 * says what failed and offers to try the same write again (as often as it takes).
 */
export function useReportedWrite(setNotice: (notice: Notice | undefined) => void) {
  return useCallback(
    function run<T>(write: () => Promise<T>, failed: (reason: string) => string, done?: (value: T) => void): void {
      write().then(
        (value) => done?.(value),
        (error: unknown) =>
          setNotice({
            message: failed(error instanceof Error ? error.message : String(error)),
            error: true,
            action: { label: t('tryAgain'), run: () => run(write, failed, done) },
          }),
      );
    },
    [setNotice],
  );
}

/**
 * "Highlight deleted. Undo", "Not deleted: … Try again": a status line with an optional action,
 * for the reader and the library alike (each styles it with its own class names, from its own
 * stylesheet).
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
  // Held while the pointer rests on it or focus is in it, so a reader who is reaching for Undo,
  // by mouse or by Tab, does not see it vanish; its full time starts again when they leave.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  // The latest onDone, read when the time is up: callers pass a new arrow at each render, and
  // restarting the timer at each of the reader's renders (it renders as you scroll) would keep the
  // notice up for good.
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (!notice || notice.error || held) return;
    const timer = setTimeout(() => done.current(), notice.action ? SHOWN_WITH_ACTION_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, held]);
  // Ctrl+Z (⌘Z) takes the deletion back while its notice shows, as in a document; not in a text
  // field, where it is the field's own undo. (Every notice with an action and no failure is an
  // Undo: a failure's action is Try again.)
  useEffect(() => {
    const action = notice && !notice.error ? notice.action : undefined;
    if (!action) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isUndoKey(event) || isTextField(event.target)) return;
      event.preventDefault();
      done.current();
      action.run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [notice]);
  // A new notice starts unheld: the last one's pointer or focus went with it.
  useEffect(() => {
    if (!notice) {
      setHovered(false);
      setFocused(false);
    }
  }, [notice]);
  if (!notice) return null;
  return (
    <p
      className={className}
      role={notice.error ? 'alert' : 'status'}
      data-error={notice.error ? '' : undefined}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {notice.message}
      {notice.action ? (
        <button
          type="button"
          className={actionClassName}
          aria-keyshortcuts={notice.error ? undefined : 'Control+Z Meta+Z'}
          onClick={() => {
            onDone();
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      {notice.error ? (
        <button type="button" className={actionClassName} aria-label={t('dismiss')} onClick={onDone}>
          ✕
        </button>
      ) : null}
    </p>
  );
}

function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}
