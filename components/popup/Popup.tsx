import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PROBLEM_KEY } from '../../utils/background/command-effects';
import type { CommandOutcome, FolioCommand } from '../../utils/commands';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The toolbar popup: open the reader, this page's highlight count, and any problem in words. */
export function Popup() {
  const [problem, setProblem] = useState<string>();
  const [count, setCount] = useState<number>();

  useEffect(() => {
    void (async () => {
      const tab = await activeTab();
      const stored = (await browser.storage.session?.get(PROBLEM_KEY))?.[PROBLEM_KEY] as
        | { tabId?: number; url?: string; message: string }
        | undefined;
      if (stored && stored.tabId === tab?.id && stored.url === tab?.url) setProblem(stored.message);
      if (tab?.url && /^https?:/.test(tab.url)) setCount(await getFolioService().countHighlights(tab.url));
    })();
  }, []);

  const [report, setReport] = useState<string>();
  const run = async (command: FolioCommand) => {
    const tab = await activeTab();
    return (await browser.runtime.sendMessage({
      type: 'folio:run-command',
      command,
      tabId: tab?.id,
    })) as CommandOutcome;
  };
  const openReader = async () => {
    const outcome = await run('toggle-reader');
    if (outcome.ok) window.close();
    else setProblem(outcome.message);
  };
  const showHighlights = async () => {
    const outcome = await run('show-highlights');
    if (!outcome.ok) setProblem(outcome.message);
    else if (outcome.report) {
      setReport(
        outcome.report.notFound
          ? t('popupShownSomeMissing', [String(outcome.report.shown), String(outcome.report.notFound)])
          : t('popupShown', String(outcome.report.shown)),
      );
    }
  };

  return (
    <main className="popup">
      <h1 className="popup-title">Folio</h1>
      {/* biome-ignore lint/a11y/noAutofocus: the popup's one main action, so Enter opens the reader. */}
      <button type="button" className="popup-primary" onClick={openReader} autoFocus>
        {t('popupOpenReader')}
      </button>
      <p className="popup-hint">{t('popupShortcutHint')}</p>
      <button
        type="button"
        className="popup-secondary"
        onClick={async () => {
          await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
          window.close();
        }}
      >
        {t('popupOpenLibrary')}
      </button>
      {count !== undefined ? <p className="popup-count">{t('popupHighlightCount', String(count))}</p> : null}
      {count ? (
        <button type="button" className="popup-secondary" onClick={showHighlights}>
          {t('popupShowHighlights')}
        </button>
      ) : null}
      {report ? (
        <p className="popup-count" role="status">
          {report}
        </p>
      ) : null}
      {problem ? (
        <p className="popup-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </main>
  );
}
