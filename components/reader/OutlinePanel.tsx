import type { OutlineEntry } from '../../utils/extract';
import { t } from '../../utils/i18n';

interface Props {
  outline: OutlineEntry[];
  activeId: string | undefined;
  onSelect: (id: string) => void;
}

/** The table of contents: headings and numbered sections, the current one marked. */
export function OutlinePanel({ outline, activeId, onSelect }: Props) {
  if (outline.length === 0) return <p className="folio-hint">{t('outlineEmpty')}</p>;
  return (
    <ol className="folio-outline">
      {outline.map((entry) => (
        <li key={entry.id} className={`folio-outline-level-${entry.level}`}>
          {/* A button, not a #fragment link: over a live page a fragment would navigate the page. */}
          <button
            type="button"
            aria-current={entry.id === activeId ? 'location' : undefined}
            onClick={() => onSelect(entry.id)}
          >
            {entry.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
