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
  onDelete: (record: HighlightRecord) => void;
}

function Item({ record, onClick, action }: { record: HighlightRecord; onClick: () => void; action?: React.ReactNode }) {
  return (
    <li className="folio-hl-item">
      <button type="button" className="folio-hl-quote" onClick={onClick} style={{ borderColor: SWATCH[record.color] }}>
        {quoteOf(record)}
      </button>
      {record.note ? <p className="folio-hl-note">{record.note}</p> : null}
      {record.tags.length ? (
        <p className="folio-hl-tags">
          {record.tags.map((tag) => (
            <span key={tag} className="folio-tag">
              #{tag}
            </span>
          ))}
        </p>
      ) : null}
      {action}
    </li>
  );
}

/** The page's highlights in document order, filterable by colour and tag; orphans apart. */
export function HighlightsPanel({ placed, orphans, onShow, onOpen, onDelete }: Props) {
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
          <Item key={p.record.id} record={p.record} onClick={() => onShow(p)} />
        ))}
      </ol>
      {shownOrphans.length ? (
        <section className="folio-hl-orphans" aria-label={t('highlightsOrphans', String(shownOrphans.length))}>
          <h3>{t('highlightsOrphans', String(shownOrphans.length))}</h3>
          <p className="folio-hint">{t('highlightsOrphansHelp')}</p>
          <ol className="folio-hl-list">
            {shownOrphans.map((r) => (
              <Item
                key={r.id}
                record={r}
                onClick={() => onOpen(r)}
                action={
                  <button type="button" className="folio-button folio-button-danger" onClick={() => onDelete(r)}>
                    {t('deleteHighlight')}
                  </button>
                }
              />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
