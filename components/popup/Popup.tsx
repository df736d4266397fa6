import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CommandOutcome, FolioCommand } from '../../utils/commands';
import { t } from '../../utils/i18n';
import { type Reply, RUN_COMMAND, type RunCommandMessage } from '../../utils/protocol/messages';
import { LAST_PROBLEM_KEY } from '../../utils/protocol/storage-keys';
import { POPUP_TAB_PARAM } from '../../utils/protocol/test-hooks';
import { getFolioService } from '../../utils/services/client';
import { AlwaysOpenToggle } from './AlwaysOpenToggle';
import { ContinueReading } from './ContinueReading';
import { SyncStatusLine } from './SyncStatusLine';

/**
 * The tab the popup acts on: the active tab of the window it opened over. (Tests open the popup
 * as a page of its own and name the tab with ?tab=, see docs/testing.md.)
 */
async function activeTab() {
  const named = Number(new URLSearchParams(location.search).get(POPUP_TAB_PARAM));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Runs a command through the background; a refusal or no answer becomes an outcome in words. */
async function runCommand(command: FolioCommand, tabId: number | undefined): Promise<CommandOutcome> {
  const message: RunCommandMessage = { type: RUN_COMMAND, command, tabId };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<CommandOutcome> | undefined;
    if (reply?.ok) return reply.value;
    return { ok: false, reason: 'injection-failed', message: reply?.error ?? t('errorInjectionFailed') };
  } catch (error) {
    return { ok: false, reason: 'injection-failed', message: (error as Error).message };
  }
}

/** The toolbar popup: open the reader, this page's highlight count, and any problem in words. */
export function Popup() {
  const [problem, setProblem] = useState<string>();
  const [count, setCount] = useState<number>();
  const [pageUrl, setPageUrl] = useState<string>();

  useEffect(() => {
    void (async () => {
      const tab = await activeTab();
      const stored = (await browser.storage.session?.get(LAST_PROBLEM_KEY))?.[LAST_PROBLEM_KEY] as
        | { tabId?: number; url?: string; message: string }
        | undefined;
      if (stored && stored.tabId === tab?.id && stored.url === tab?.url) setProblem(stored.message);
      if (tab?.url && /^https?:/.test(tab.url)) {
        setPageUrl(tab.url);
        setCount(
          await getFolioService()
            .countHighlights(tab.url)
            .catch(() => undefined),
        );
      }
    })();
  }, []);

  const [report, setReport] = useState<string>();
  const run = async (command: FolioCommand) => runCommand(command, (await activeTab())?.id);
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
          : outcome.report.shown === 1
            ? t('popupShownOne')
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
      <ContinueReading />
      {count !== undefined ? <p className="popup-count">{t('popupHighlightCount', String(count))}</p> : null}
      {count ? (
        <button type="button" className="popup-secondary" onClick={showHighlights}>
          {t('popupShowHighlights')}
        </button>
      ) : null}
      {pageUrl ? <AlwaysOpenToggle pageUrl={pageUrl} /> : null}
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
      <SyncStatusLine />
    </main>
  );
}
