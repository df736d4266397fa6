// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { commandKeys, keyLabel, READER_SHORTCUTS } from '../../components/reader/shortcuts';
import messages from '../../public/_locales/en/messages.json';

describe('the reader’s keyboard shortcuts list', () => {
  it('writes keys as each system does: Alt+Shift+H, and ⌥⇧H on a Mac', () => {
    expect(keyLabel(['Alt', 'Shift', 'H'], false)).toBe('Alt+Shift+H');
    expect(keyLabel(['Alt', 'Shift', 'H'], true)).toBe('⌥⇧H');
    expect(keyLabel(['Ctrl', 'P'], true)).toBe('⌘P');
    expect(keyLabel(['Esc'], true)).toBe('Esc');
  });

  it('reads a command’s shortcut as the browser reports it, a Mac’s run-together symbols too', () => {
    expect(commandKeys('Alt+Shift+R')).toEqual(['Alt', 'Shift', 'R']);
    expect(commandKeys('⌥⇧R')).toEqual(['Alt', 'Shift', 'R']);
    expect(commandKeys('')).toBeUndefined();
    expect(commandKeys(undefined)).toBeUndefined();
  });

  it('names every action with a message of its own', () => {
    const actions = READER_SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const action of actions) expect(messages).toHaveProperty(action);
  });
});
