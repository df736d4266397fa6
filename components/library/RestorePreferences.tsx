import { useId } from 'react';
import type { PreferencesPlan, ReplaceableSetting } from '../../utils/backup';
import { type MessageName, t } from '../../utils/i18n';
import { countOf } from './ArticleRow';

/** What the user chose for a backup's preferences, in the restore's preview. */
export interface PreferencesSelection {
  settings: boolean;
  sites: boolean;
}

/**
 * The choice a restore offers before anything is written: take the backup's settings as a
 * whole (checked when nothing set here would be replaced), and turn "always open the reader"
 * on again for the backup's sites. Reading positions need no choice: the newer place wins.
 */
export function initialSelection(plan: PreferencesPlan): PreferencesSelection {
  return { settings: plan.setHere.length === 0, sites: true };
}

const SETTING_NAMES: Record<ReplaceableSetting, MessageName> = {
  reader: 'restoreSettingReader',
  listen: 'restoreSettingListen',
  markdownTemplate: 'restoreSettingTemplate',
  obsidian: 'restoreSettingObsidian',
};

const namesOf = (settings: readonly ReplaceableSetting[]) =>
  settings.map((s) => t(SETTING_NAMES[s])).join(t('listSeparator'));

export const siteNames = (origins: readonly string[]) =>
  origins.map((origin) => new URL(origin).host).join(t('listSeparator'));

/** Whether restoring the preferences as selected would write anything. */
export function preferencesWrite(plan: PreferencesPlan, selection: PreferencesSelection): boolean {
  return (
    (selection.settings && plan.differing.length > 0) ||
    (selection.sites && plan.newSites.length > 0) ||
    plan.newerPositions > 0
  );
}

export function RestorePreferences({
  plan,
  selection,
  onChange,
}: {
  plan: PreferencesPlan;
  selection: PreferencesSelection;
  onChange: (selection: PreferencesSelection) => void;
}) {
  const titleId = useId();
  if (!plan.differing.length && !plan.newSites.length && !plan.newerPositions) return null;
  const choose = (key: keyof PreferencesSelection) => (checked: boolean) => onChange({ ...selection, [key]: checked });
  return (
    <fieldset className="library-restore-preferences" aria-labelledby={titleId}>
      <legend id={titleId}>{t('restoreSettingsTitle')}</legend>
      {plan.differing.length ? (
        <Choice
          label={t('restoreUseSettings', namesOf(plan.differing))}
          checked={selection.settings}
          onChange={choose('settings')}
        >
          {selection.settings && plan.setHere.length ? (
            <p className="library-restore-warning">{t('restoreReplacesYours', namesOf(plan.setHere))}</p>
          ) : null}
        </Choice>
      ) : null}
      {plan.newSites.length ? (
        <Choice
          label={t('restoreAlwaysOpenSites', siteNames(plan.newSites))}
          checked={selection.sites}
          onChange={choose('sites')}
        />
      ) : null}
      {plan.newerPositions ? (
        <p>{countOf(plan.newerPositions, 'restoreWillAddPositionsOne', 'restoreWillAddPositions')}</p>
      ) : null}
    </fieldset>
  );
}

/** A checkbox with its label, and what it means when checked under them. */
function Choice({
  label,
  checked,
  onChange,
  children,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children?: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="library-restore-choice">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
