import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { loadAlwaysOpenSites, setAlwaysOpen } from '../../utils/settings/always-open-storage';

/**
 * "Always open the reader on this site": turning it on asks for that one site's host permission
 * (the browser says which site), turning it off gives the permission back.
 */
export function AlwaysOpenToggle({ pageUrl }: { pageUrl: string }) {
  const id = useId();
  const origin = new URL(pageUrl).origin;
  const host = new URL(pageUrl).host;
  const [on, setOn] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void loadAlwaysOpenSites().then((sites) => setOn(sites.includes(origin)));
  }, [origin]);
  if (on === undefined) return null;
  const toggle = async (next: boolean) => {
    setProblem(undefined);
    const origins = [`${origin}/*`];
    try {
      if (next) {
        // Asked right in the click: the browser allows a permission request only in a user gesture.
        if (!(await browser.permissions.request({ origins }))) {
          setProblem(t('alwaysOpenRefused', host));
          return;
        }
      } else {
        // A permission the extension was installed with cannot be given back: nothing to do then.
        await browser.permissions.remove({ origins }).catch(() => false);
      }
      await setAlwaysOpen(origin, next);
      setOn(next);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <div className="popup-toggle">
      <input id={id} type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
      <label htmlFor={id}>{t('alwaysOpenOn', host)}</label>
      {problem ? (
        <p className="popup-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
