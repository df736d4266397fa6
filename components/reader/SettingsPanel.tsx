import { useId } from 'react';
import { type MessageName, t } from '../../utils/i18n';
import { DEFAULT_SETTINGS, LIMITS, type ReaderSettings } from '../../utils/settings';

interface Props {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

function Choice<K extends keyof ReaderSettings>({
  name,
  label,
  options,
  settings,
  onChange,
}: Props & { name: K; label: MessageName; options: [ReaderSettings[K], MessageName][] }) {
  const group = useId();
  return (
    <fieldset className="folio-field">
      <legend>{t(label)}</legend>
      <div className="folio-segmented">
        {options.map(([value, text]) => (
          <label key={String(value)} className="folio-segment">
            <input
              type="radio"
              name={group}
              value={String(value)}
              checked={settings[name] === value}
              onChange={() => onChange({ [name]: value } as Partial<ReaderSettings>)}
            />
            <span>{t(text)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Range({
  name,
  label,
  format,
  settings,
  onChange,
}: Props & { name: keyof typeof LIMITS; label: MessageName; format: (value: number) => string }) {
  const id = useId();
  const { min, max, step } = LIMITS[name];
  return (
    <div className="folio-field">
      <label htmlFor={id}>
        {t(label)} <output htmlFor={id}>{format(settings[name])}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={settings[name]}
        onChange={(event) => onChange({ [name]: Number(event.currentTarget.value) })}
      />
    </div>
  );
}

/** Typography and theme, applied live and saved at once. Every control is a labelled input. */
export function SettingsPanel(props: Props) {
  return (
    <div className="folio-settings">
      <Choice
        {...props}
        name="theme"
        label="settingTheme"
        options={[
          ['system', 'themeSystem'],
          ['light', 'themeLight'],
          ['sepia', 'themeSepia'],
          ['dark', 'themeDark'],
        ]}
      />
      <Choice
        {...props}
        name="fontFamily"
        label="settingFont"
        options={[
          ['serif', 'fontSerif'],
          ['sans', 'fontSans'],
          ['system', 'fontSystem'],
        ]}
      />
      <Range {...props} name="fontSize" label="settingFontSize" format={(v) => `${v}px`} />
      <Range {...props} name="lineHeight" label="settingLineHeight" format={(v) => v.toFixed(1)} />
      <Range {...props} name="contentWidth" label="settingWidth" format={(v) => `${v}em`} />
      <Choice
        {...props}
        name="textAlign"
        label="settingAlign"
        options={[
          ['auto', 'alignAuto'],
          ['start', 'alignStart'],
          ['justify', 'alignJustify'],
        ]}
      />
      <Choice
        {...props}
        name="paragraphIndent"
        label="settingIndent"
        options={[
          ['auto', 'indentAuto'],
          ['on', 'indentOn'],
          ['off', 'indentOff'],
        ]}
      />
      <p className="folio-hint">{t('settingsAutoHint')}</p>
      <button type="button" className="folio-button" onClick={() => props.onChange(DEFAULT_SETTINGS)}>
        {t('settingsReset')}
      </button>
    </div>
  );
}
