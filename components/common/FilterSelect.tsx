import { useId } from 'react';
import { t } from '../../utils/i18n';

/**
 * A labelled filter: "All", then the given choices. Used for colour, tag and site in the
 * reader's highlights panel and in the library. '' is "All".
 */
export function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | '';
  options: readonly (T | { value: T; label: string })[];
  onChange: (value: T | '') => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T | '')}>
        <option value="">{t('filterAll')}</option>
        {options.map((option) => {
          const { value: v, label: text } = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </>
  );
}
