import type { MessageName } from '../../utils/i18n';

/**
 * The reader's keys, as its shortcuts panel lists them (the handlers are where each job is done:
 * ReaderView, HighlightLayer, HighlightEditor, UndoNotice, FixMode, the page's article picker).
 * Each shortcut is one or more key combinations, each written as its keys in order.
 */
export interface Shortcut {
  /** What it does, as a message. */
  action: MessageName;
  combos: string[][];
}

/** The browser command that opens and closes the reader (its key can be changed by the user). */
export const TOGGLE_READER_COMMAND = 'toggle-reader';

export const READER_SHORTCUTS: readonly Shortcut[] = [
  { action: 'keysClose', combos: [['Esc']] },
  { action: 'keysHighlight', combos: [['Alt', 'Shift', 'H']] },
  { action: 'keysNextHighlight', combos: [['N'], ['P']] },
  { action: 'keysSaveNote', combos: [['Ctrl', 'Enter']] },
  { action: 'keysUndo', combos: [['Ctrl', 'Z']] },
  { action: 'keysListen', combos: [['Alt', 'Shift', 'L']] },
  { action: 'keysPrint', combos: [['Ctrl', 'P']] },
  { action: 'keysTools', combos: [['Shift', 'Tab'], ['Tab']] },
  { action: 'keysFixBlock', combos: [['Delete']] },
  { action: 'keysPick', combos: [['↑'], ['↓'], ['Enter']] },
  { action: 'keysThisList', combos: [['?']] },
];

/** Mac keyboards' names for the modifiers (Chrome and Firefox take Ctrl in a shortcut as ⌘ there). */
const MAC_KEYS: Record<string, string> = { Ctrl: '⌘', Alt: '⌥', Shift: '⇧' };

/** "Alt+Shift+H", or on a Mac "⌥⇧H", as the system writes them. */
export function keyLabel(combo: readonly string[], mac: boolean): string {
  return mac ? combo.map((key) => MAC_KEYS[key] ?? key).join('') : combo.join('+');
}

/**
 * A command's shortcut as the browser reports it ("Alt+Shift+R", Chrome on a Mac "⌥⇧R", or "" when
 * the user took it away) split into keys; undefined for none.
 */
export function commandKeys(shortcut: string | undefined): string[] | undefined {
  if (!shortcut) return undefined;
  if (shortcut.includes('+')) return shortcut.split('+');
  // Chrome on a Mac: symbols run together ("⌥⇧R"), the last one the key.
  const symbols = Object.fromEntries(Object.entries(MAC_KEYS).map(([name, symbol]) => [symbol, name]));
  return [...shortcut].map((char) => symbols[char] ?? char);
}
