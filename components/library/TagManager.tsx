import { useId, useState } from 'react';
import { normalizeTag } from '../../utils/db/tags';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';
import { tagProblemText } from '../common/tag-problems';

/** Rename a tag everywhere, or merge it into another by giving that one's name: one transaction. */
export function TagManager({ tags }: { tags: string[] }) {
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  if (tags.length === 0) return null;
  return (
    <details className="library-tags">
      <summary>{t('tagsManage')}</summary>
      <label htmlFor={fromId}>{t('tagsRenameFrom')}</label>
      <select id={fromId} value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
        <option value="">—</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <label htmlFor={toId}>{t('tagsRenameTo')}</label>
      <input id={toId} value={to} list={`${toId}-list`} onChange={(e) => setTo(e.currentTarget.value)} />
      <datalist id={`${toId}-list`}>
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <button
        type="button"
        disabled={!from}
        onClick={async () => {
          const check = normalizeTag(to);
          if (!check.ok) {
            setStatus({ ok: false, message: tagProblemText(check.reason) });
            return;
          }
          let changed: number;
          try {
            changed = await getFolioService().renameTag(from, check.tag);
          } catch (error) {
            setStatus({ ok: false, message: t('tagsRenameFailed', (error as Error).message) });
            return;
          }
          setStatus({
            ok: true,
            message: t(tags.includes(check.tag) ? 'tagsMerged' : 'tagsRenamed', [from, check.tag, String(changed)]),
          });
          setFrom('');
          setTo('');
        }}
      >
        {t('tagsRename')}
      </button>
      {status ? (
        <p role="status" className={status.ok ? 'library-ok' : 'library-error'}>
          {status.message}
        </p>
      ) : null}
    </details>
  );
}
