import { useId } from 'react';
import type { RejectedItem } from '../../utils/backup';
import { t } from '../../utils/i18n';

/**
 * A labelled file input that hands over the chosen file and then forgets it, so that choosing
 * the same file again (after a fix, or to retry) is a new choice. Restore and Import use it.
 */
export function FileChooser({
  label,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="library-restore">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

const SHOWN_REJECTIONS = 20;

/** What a file's preview leaves out, each with its reason: the first 20, and how many more. */
export function LeftOutList({ rejected }: { rejected: RejectedItem[] }) {
  if (!rejected.length) return null;
  return (
    <>
      <p>{t('restoreLeftOut', String(rejected.length))}</p>
      <ul className="library-restore-rejected">
        {rejected.slice(0, SHOWN_REJECTIONS).map(({ item, reason }) => (
          <li key={item}>
            {item}: {reason}
          </li>
        ))}
        {rejected.length > SHOWN_REJECTIONS ? (
          <li>{t('restoreMore', String(rejected.length - SHOWN_REJECTIONS))}</li>
        ) : null}
      </ul>
    </>
  );
}
