import { useState } from 'react';
import type { HighlightColor, HighlightRecord } from '../../utils/db';
import { quoteOf } from '../../utils/db/highlight-quote';
import { t } from '../../utils/i18n';
import { FilterSelect } from '../common/FilterSelect';
import { colorChoices, SWATCH } from './colors';
import type { PlacedHighlight } from './useHighlights';

interface Props {
  placed: PlacedHighlight[];
  orphans: HighlightRecord[];
  onShow: (placed: PlacedHighlight) => void;
  onOpen: (record: HighlightRecord) => void;
  onCopy: (record: HighlightRecord) => void;
  onDelete: (record: HighlightRecord) => void;
}

type ItemActions = Pick<Props, 'onOpen' | 'onCopy' | 'onDelete'>;

/**
 * One highlight: the passage (a click shows it in the text), its note set apart from the quote,
 * its tags, and what can be done with it, each action named after the passage for screen readers.
 */
function Item({ record, onClick, actions }: { record: HighlightRecord; onClick: () => void; actions: ItemActions }) {
  const short = quoteOf(record).slice(0, 40);
  return (
    <li className="folio-hl-item">
      <button type="button" className="folio-hl-quote" onClick={onClick} style={{ borderColor: SWATCH[record.color] }}>
        {quoteOf(record)}
      </button>
      {record.note ? (
        <div className="folio-hl-note">
          <span className="folio-hl-note-label">{t('note')}</span>
          <p className="folio-hl-note-text">{record.note}</p>
        </div>
      ) : null}
      {record.tags.length ? (
        <p className="folio-hl-tags">
          {record.tags.map((tag) => (
            <span key={tag} className="folio-tag">
              #{tag}
            </span>
          ))}
        </p>
      ) : null}
      <div className="folio-hl-actions">
        <button type="button" onClick={() => actions.onOpen(record)} aria-label={t('editHighlightNamed', short)}>
          {t(record.note ? 'editNote' : 'addNoteAction')}
        </button>
        <button type="button" onClick={() => actions.onCopy(record)} aria-label={t('copyHighlightNamed', short)}>
          {t('copyHighlight')}
        </button>
        <button
          type="button"
          className="folio-hl-danger"
          onClick={() => actions.onDelete(record)}
          aria-label={t('deleteHighlightNamed', short)}
        >
          {t('deleteHighlight')}
        </button>
      </div>
    </li>
  );
}

/** The page's highlights in document order, filterable by colour and tag; orphans apart. */
export function HighlightsPanel({ placed, orphans, onShow, onOpen, onCopy, onDelete }: Props) {
  const actions = { onOpen, onCopy, onDelete };
  const [color, setColor] = useState<HighlightColor | ''>('');
  const [tag, setTag] = useState('');
  const tags = [...new Set([...placed.map((p) => p.record), ...orphans].flatMap((r) => r.tags))].sort();
  const keep = (r: HighlightRecord) => (!color || r.color === color) && (!tag || r.tags.includes(tag));
  const shown = placed.filter((p) => keep(p.record));
  const shownOrphans = orphans.filter(keep);
  if (placed.length === 0 && orphans.length === 0) return <p className="folio-hint">{t('highlightsEmpty')}</p>;
  return (
    <div className="folio-hl-panel">
      <div className="folio-hl-filters">
        <FilterSelect label={t('filterColor')} value={color} options={colorChoices(t)} onChange={setColor} />
        <FilterSelect label={t('filterTag')} value={tag} options={tags} onChange={setTag} />
      </div>
      <ol className="folio-hl-list">
        {shown.map((p) => (
          <Item key={p.record.id} record={p.record} onClick={() => onShow(p)} actions={actions} />
        ))}
      </ol>
      {shownOrphans.length ? (
        <section className="folio-hl-orphans" aria-label={t('highlightsOrphans', String(shownOrphans.length))}>
          <h3>{t('highlightsOrphans', String(shownOrphans.length))}</h3>
          <p className="folio-hint">{t('highlightsOrphansHelp')}</p>
          <ol className="folio-hl-list">
            {shownOrphans.map((r) => (
              <Item key={r.id} record={r} onClick={() => onOpen(r)} actions={actions} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
