import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Notice, UndoNotice } from '../../components/common/UndoNotice';

// The reader and the library show "Highlight deleted. Undo" this way. The notice goes by itself;
// a reader reaching for Undo, with the pointer or with Tab, must not see it go under them.

let host: HTMLElement;
let root: Root;
let show: (notice: Notice | undefined) => void;
let undone = 0;
let rerender: () => void;

function Harness() {
  const [notice, setNotice] = useState<Notice>();
  const [, setRenders] = useState(0);
  show = setNotice;
  rerender = () => setRenders((n) => n + 1);
  // A new arrow at each render, as the reader passes it.
  return <UndoNotice notice={notice} onDone={() => setNotice(undefined)} className="toast" actionClassName="action" />;
}

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => name);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<Harness />));
  undone = 0;
  await act(async () =>
    show({
      message: 'Highlight deleted.',
      action: {
        label: 'Undo',
        run: () => {
          undone++;
        },
      },
    }),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const toast = () => host.querySelector('.toast');
const wait = (ms: number) => act(async () => vi.advanceTimersByTime(ms));

it('goes by itself after a while, however often the page around it renders', async () => {
  await wait(3000);
  await act(async () => rerender());
  await wait(3000);
  await act(async () => rerender());
  expect(toast()?.textContent).toContain('Undo');
  await wait(2100);
  expect(toast()).toBeNull();
});

it('stays while the pointer rests on it, and goes its full time after the pointer leaves', async () => {
  await wait(7000);
  await act(async () => toast()?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
  await wait(20_000);
  expect(toast()?.textContent).toContain('Undo');
  await act(async () =>
    toast()?.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body })),
  );
  await wait(7000);
  expect(toast()).not.toBeNull();
  await wait(1100);
  expect(toast()).toBeNull();
});

it('stays while its Undo has the keyboard focus', async () => {
  await wait(7000);
  await act(async () => (host.querySelector('.action') as HTMLElement).focus());
  await wait(20_000);
  expect(toast()?.textContent).toContain('Undo');
  await act(async () => (host.querySelector('.action') as HTMLElement).blur());
  await wait(8100);
  expect(toast()).toBeNull();
});

it('keeps a failure until the reader acts on it', async () => {
  await act(async () => show({ message: 'Not deleted: the disk is full.', error: true }));
  await wait(60_000);
  expect(toast()?.getAttribute('role')).toBe('alert');
});

const pressUndo = (target: EventTarget = document.body, init: KeyboardEventInit = { ctrlKey: true }) =>
  act(async () => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', bubbles: true, ...init })));

it('takes the deletion back on Ctrl+Z or ⌘Z, once, and goes', async () => {
  await pressUndo();
  expect(undone).toBe(1);
  expect(toast()).toBeNull();
  await pressUndo();
  expect(undone).toBe(1);
  await act(async () => show({ message: 'Highlight deleted.', action: { label: 'Undo', run: () => undone++ } }));
  await pressUndo(document.body, { metaKey: true });
  expect(undone).toBe(2);
});

it('leaves Ctrl+Z to a text field being typed in, and to Ctrl+Shift+Z', async () => {
  const field = document.createElement('textarea');
  document.body.append(field);
  await pressUndo(field);
  await pressUndo(document.body, { ctrlKey: true, shiftKey: true });
  expect(undone).toBe(0);
  expect(toast()).not.toBeNull();
  field.remove();
});

it('does not try a failed write again on Ctrl+Z', async () => {
  let tried = 0;
  await act(async () =>
    show({ message: 'Not saved: the disk is full.', error: true, action: { label: 'Try again', run: () => tried++ } }),
  );
  await pressUndo();
  expect(tried).toBe(0);
  expect(toast()?.getAttribute('role')).toBe('alert');
});
