import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { WEB_ORIGINS } from '../../utils/background/auto-highlights';
import { t } from '../../utils/i18n';

/**
 * Opt-in: show saved highlights on pages the user comes back to. Needs the optional permission
 * to read web pages, asked for here (a click is required to ask) and given back when turned off.
 */
export function AutoHighlightsToggle() {
  const id = useId();
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void browser.permissions.contains({ origins: WEB_ORIGINS }).then(setOn);
  }, []);
  return (
    <div className="options-toggle">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={async (event) => {
          const want = event.currentTarget.checked;
          setProblem(undefined);
          const granted = want
            ? await browser.permissions.request({ origins: WEB_ORIGINS })
            : !(await browser.permissions.remove({ origins: WEB_ORIGINS }));
          setOn(granted);
          if (want && !granted) setProblem(t('optionsAutoDenied'));
        }}
      />
      <label htmlFor={id}>{t('optionsAutoLabel')}</label>
      <p className="folio-hint">{t('optionsAutoHelp')}</p>
      {problem ? (
        <p role="alert" className="options-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
