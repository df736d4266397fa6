import { type RestrictionReason, restrictionOf } from './restricted-pages';

/** Every user command, whatever started it: the toolbar popup, the shortcut or the menu. */
export const FOLIO_COMMANDS = ['toggle-reader', 'show-highlights', 'highlight-selection'] as const;
export type FolioCommand = (typeof FOLIO_COMMANDS)[number];

/** What the live-page highlighter reports: how many highlights it painted, how many it could not place. */
export interface LivePageReport {
  shown: number;
  notFound: number;
  problem?: 'empty' | 'outside';
}

export interface CommandTab {
  id?: number;
  url?: string;
}

/** The browser operations the router needs; the background passes the real ones, tests fakes. */
export interface CommandEffects {
  /**
   * Runs the reader script in the tab (it toggles itself when already there); with a highlight,
   * opens the reader on it (and leaves an open reader open).
   */
  injectReader(tabId: number, options?: { openHighlightId?: string }): Promise<void>;
  /** Runs the live-page highlighter in the tab: shows the page's highlights, after making one. */
  injectHighlighter(tabId: number, mode: 'show' | 'create'): Promise<LivePageReport>;
  /** Tells the user why nothing happened: message is already localized. */
  reportProblem(tab: CommandTab, message: string): Promise<void>;
  /** Localized text by message name. */
  message(name: string): string;
}

export type CommandOutcome =
  | { ok: true; report?: LivePageReport }
  | { ok: false; reason: RestrictionReason | 'injection-failed'; message: string };

const MESSAGE_FOR: Record<RestrictionReason | 'injection-failed', string> = {
  'browser-page': 'errorBrowserPage',
  'web-store': 'errorWebStore',
  pdf: 'errorPdf',
  'no-page': 'errorNoPage',
  'injection-failed': 'errorInjectionFailed',
};

/**
 * The one command router: the button, Alt+Shift+R and "Open in Folio reader" all come here.
 * Nothing of Folio runs on a page until this injects it.
 */
export async function runCommand(
  command: FolioCommand,
  tab: CommandTab,
  effects: CommandEffects,
  options: { highlightId?: string } = {},
): Promise<CommandOutcome> {
  switch (command) {
    case 'toggle-reader':
      return inject(tab, effects, async (tabId) => {
        if (options.highlightId) await effects.injectReader(tabId, { openHighlightId: options.highlightId });
        else await effects.injectReader(tabId);
        return { ok: true };
      });
    case 'show-highlights':
    case 'highlight-selection':
      return inject(tab, effects, async (tabId) => ({
        ok: true,
        report: await effects.injectHighlighter(tabId, command === 'show-highlights' ? 'show' : 'create'),
      }));
  }
}

async function inject(
  tab: CommandTab,
  effects: CommandEffects,
  run: (tabId: number) => Promise<CommandOutcome>,
): Promise<CommandOutcome> {
  if (tab.id === undefined) return fail(tab, 'no-page', effects);
  // Without a host permission the browser hides the URL of pages Folio was not let into; then
  // the injection itself tells.
  const restriction = tab.url === undefined ? undefined : restrictionOf(tab.url);
  if (restriction) return fail(tab, restriction, effects);
  try {
    return await run(tab.id as number);
  } catch {
    // Chrome refuses some pages it does not list anywhere (other extensions' pages, policy-blocked
    // sites, a tab still loading an error page): the user still gets a message, not silence.
    return fail(tab, 'injection-failed', effects);
  }
}

async function fail(
  tab: CommandTab,
  reason: RestrictionReason | 'injection-failed',
  effects: CommandEffects,
): Promise<CommandOutcome> {
  const message = effects.message(MESSAGE_FOR[reason]);
  await effects.reportProblem(tab, message);
  return { ok: false, reason, message };
}
