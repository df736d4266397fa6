import { type CommandOutcome, type CommandTab, FOLIO_COMMANDS, type FolioCommand } from '../commands/router';
import {
  isMessage,
  READER_KEY_REGISTER,
  READER_KEY_TAKE,
  type Reply,
  RUN_COMMAND,
  type RunCommandMessage,
  SERVICE_CALL,
  type ServiceCallMessage,
} from '../protocol/messages';
import type { FolioService } from './folio-service';
import { CONTENT_SCRIPT_METHODS, type ContentScriptService, EXTENSION_PAGE_METHODS } from './service-methods';

/** The parts of `runtime.MessageSender` the router reads. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Who is asking, as the browser reports it. */
export type Caller =
  | { kind: 'extension-page'; tabId?: number }
  | { kind: 'content-script'; tabId: number; url: string };

export interface RouterDeps {
  extensionId: string;
  /** The extension's origin with a trailing slash (`runtime.getURL('/')`). */
  extensionOrigin: string;
  service: FolioService;
  runCommand(command: FolioCommand, tab: CommandTab, options?: { highlightId?: string }): Promise<CommandOutcome>;
  /** The tab the popup names (with its URL), or undefined when there is none. */
  getTab(tabId: number): Promise<CommandTab | undefined>;
  /** One-time keys of the reader channel, by tab (see READER_KEY_REGISTER). */
  readerKeys: Map<number, string>;
  /** Turns a failure into the sentence the caller shows (storage full, database closed…). */
  describeFailure?: (error: unknown) => string;
  /** The e2e build's fault injection (utils/background/test-faults.ts); absent otherwise. */
  beforeServiceCall?: (method: string) => Promise<void>;
}

const PAGE_METHODS: ReadonlySet<string> = new Set(EXTENSION_PAGE_METHODS);
const CONTENT_METHODS: ReadonlySet<string> = new Set(CONTENT_SCRIPT_METHODS);

/**
 * Extension pages have the extension's origin; content scripts report the page's URL, and only
 * Folio's own top-frame scripts are answered (it injects into no subframe). Anything else (another
 * extension, a subframe) is no caller at all.
 */
export function callerOf(
  sender: Sender,
  deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>,
): Caller | undefined {
  if (sender.id !== deps.extensionId) return undefined;
  if (sender.url?.startsWith(deps.extensionOrigin)) return { kind: 'extension-page', tabId: sender.tab?.id };
  if (sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url) return undefined;
  if (!/^https?:/i.test(sender.url)) return undefined;
  return { kind: 'content-script', tabId: sender.tab.id, url: sender.url };
}

const ROUTED: ReadonlySet<unknown> = new Set([SERVICE_CALL, RUN_COMMAND, READER_KEY_REGISTER, READER_KEY_TAKE]);

/** Whether the background answers this message (the others are broadcasts meant for pages). */
export function isRoutedMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && ROUTED.has((message as { type?: unknown }).type);
}

/**
 * The background's one entrance for messages. Returns undefined for a message that is not
 * Folio's (so another listener may answer it), otherwise a reply: every refusal is a reply with an
 * error, never a silent drop that would leave the caller waiting.
 */
export async function routeMessage(message: unknown, sender: Sender, deps: RouterDeps): Promise<Reply | undefined> {
  if (!isRoutedMessage(message)) return undefined;
  const caller = callerOf(sender, deps);
  if (!caller) return refuse('unknown sender');
  try {
    if (isMessage<ServiceCallMessage>(message, SERVICE_CALL)) return await callService(message, caller, deps);
    if (isMessage<RunCommandMessage>(message, RUN_COMMAND)) return await runCommandFor(message, caller, deps);
    return readerKey(message as { type: string; key?: unknown }, caller, deps);
  } catch (error) {
    const described = deps.describeFailure?.(error);
    return { ok: false, error: described ?? (error instanceof Error ? error.message : String(error)) };
  }
}

async function callService(message: ServiceCallMessage, caller: Caller, deps: RouterDeps): Promise<Reply> {
  const { method } = message;
  const args = Array.isArray(message.args) ? message.args : [];
  if (typeof method !== 'string') return refuse('no method');
  await deps.beforeServiceCall?.(method);
  if (caller.kind === 'extension-page') {
    if (!PAGE_METHODS.has(method)) return refuse(`${method} is not a service method`);
    const fn = deps.service[method as keyof FolioService] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn.apply(deps.service, args) };
  }
  if (!CONTENT_METHODS.has(method)) return refuse(`${method} is not allowed from a page`);
  const here = contentScriptService(caller.url, deps.service);
  const fn = here[method as keyof ContentScriptService] as (...a: unknown[]) => Promise<unknown>;
  return { ok: true, value: await fn(...args) };
}

/** The content-script methods, bound to the URL the browser says the caller is on. */
function contentScriptService(url: string, service: FolioService): ContentScriptService {
  return {
    listHighlightsHere: () => service.listHighlights(url),
    createHighlightHere: (title, draft) =>
      service.createHighlight({ url, title: typeof title === 'string' && title ? title : url }, draft),
  };
}

async function runCommandFor(message: RunCommandMessage, caller: Caller, deps: RouterDeps): Promise<Reply> {
  const highlightId = typeof message.highlightId === 'string' ? message.highlightId : undefined;
  if (caller.kind === 'content-script') {
    // A page's content script may only open the reader on its own tab (a click on a highlight).
    if (message.command !== 'toggle-reader') return refuse(`${message.command} is not allowed from a page`);
    const tab = { id: caller.tabId, url: caller.url };
    return { ok: true, value: await deps.runCommand('toggle-reader', tab, { highlightId }) };
  }
  if (!(FOLIO_COMMANDS as readonly string[]).includes(message.command)) {
    return refuse(`${String(message.command)} is not a command`);
  }
  const tab = typeof message.tabId === 'number' ? await deps.getTab(message.tabId) : undefined;
  return { ok: true, value: await deps.runCommand(message.command, tab ?? {}, { highlightId }) };
}

/**
 * The reader channel's one-time key: the reader content script registers it for its own tab; the
 * reader frame in that tab takes it, once. Tabs are the browser's (`sender.tab`), never the
 * message's, so a frame can only ever get the key of the page it is shown over.
 */
function readerKey(message: { type: string; key?: unknown }, caller: Caller, deps: RouterDeps): Reply {
  if (message.type === READER_KEY_REGISTER) {
    if (caller.kind !== 'content-script') return refuse('only a page’s reader registers a key');
    if (typeof message.key !== 'string' || message.key.length < 16) return refuse('no key');
    deps.readerKeys.set(caller.tabId, message.key);
    return { ok: true, value: null };
  }
  if (caller.kind !== 'extension-page' || caller.tabId === undefined) return refuse('not in a tab');
  const key = deps.readerKeys.get(caller.tabId);
  deps.readerKeys.delete(caller.tabId);
  return key ? { ok: true, value: key } : refuse('no reader was opened in this tab');
}

function refuse(error: string): Reply {
  return { ok: false, error };
}
