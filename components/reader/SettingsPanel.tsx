import { useId } from 'react';
import { type MessageName, t } from '../../utils/i18n';
import {
  charactersPerLine,
  DEFAULT_SETTINGS,
  FONT_STACKS,
  fontSizeWord,
  LIMITS,
  leadingWord,
  type ReaderSettings,
} from '../../utils/settings';
import type { ArticleScript } from '../../utils/settings/script';

interface Props {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

const SIZE_WORDS = { small: 'sizeSmall', medium: 'sizeMedium', large: 'sizeLarge', larger: 'sizeLarger' } as const;
const LEADING_WORDS = { tight: 'leadingTight', comfortable: 'leadingComfortable', loose: 'leadingLoose' } as const;

function Choice<K extends keyof ReaderSettings>({
  name,
  label,
  options,
  settings,
  onChange,
  faceOf,
}: Props & {
  name: K;
  label: MessageName;
  options: [ReaderSettings[K], MessageName][];
  /** Each option's name set in the face it chooses (the font choice previews itself). */
  faceOf?: (value: ReaderSettings[K]) => string;
}) {
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
            <span style={faceOf ? { fontFamily: faceOf(value) } : undefined}>{t(text)}</span>
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
        aria-valuetext={format(settings[name])}
        onChange={(event) => onChange({ [name]: Number(event.currentTarget.value) })}
      />
    </div>
  );
}

/** Typography and theme, applied live and saved at once. Every control is a labelled input. */
export function SettingsPanel({
  script,
  onShowShortcuts,
  onPrint,
  ...props
}: Props & {
  script: ArticleScript;
  /** In the reader: opens its keyboard shortcuts in the panel's place. */
  onShowShortcuts?: () => void;
  /** In the reader: prints the article alone (as Ctrl+P there does). */
  onPrint?: () => void;
}) {
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
        faceOf={(family) => FONT_STACKS[script][family]}
        options={[
          ['serif', 'fontSerif'],
          ['sans', 'fontSans'],
          ['system', 'fontSystem'],
        ]}
      />
      <Range
        {...props}
        name="fontSize"
        label="settingFontSize"
        format={(v) => t(SIZE_WORDS[fontSizeWord(v)], String(v))}
      />
      <Range
        {...props}
        name="lineHeight"
        label="settingLineHeight"
        format={(v) => t(LEADING_WORDS[leadingWord(v)], v.toFixed(1))}
      />
      <Range
        {...props}
        name="contentWidth"
        label="settingWidth"
        format={(v) => t('widthCharacters', String(charactersPerLine(v, script)))}
      />
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
      {onPrint ? (
        <button type="button" className="folio-button" onClick={onPrint}>
          {t('readerPrint')}
        </button>
      ) : null}
      {onShowShortcuts ? (
        <p>
          <button type="button" className="folio-link-button" onClick={onShowShortcuts}>
            {t('settingsShowShortcuts')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
