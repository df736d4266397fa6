import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveReport, shortAddress } from '../../components/reader/SaveReport';

it('names each picture it could not keep by host and file name, a stray "%" in the name as written', () => {
  expect(shortAddress('https://shop.example/media/2024/linen%20shirt.jpg')).toBe('shop.example/…/linen shirt.jpg');
  expect(shortAddress('https://shop.example/media/100%-cotton.jpg')).toBe('shop.example/…/100%-cotton.jpg');
  expect(shortAddress('https://shop.example/')).toBe('shop.example');
});

afterEach(() => {
  vi.restoreAllMocks();
});

it('shows the saved report, not a blank reader, when a picture it could not keep has a stray "%" in its name', async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // The report's sentences by their message names: what is checked here is the address.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => name);
  const host = document.createElement('div');
  const root = createRoot(host);
  const images = {
    total: 2,
    kept: 1,
    notKept: [{ url: 'https://shop.example/media/100%-cotton.jpg', reason: 'http' as const, status: 404 }],
    otherSites: { hosts: [], count: 0 },
  };
  await act(async () =>
    root.render(<SaveReport state={{ phase: 'saved', images }} onChange={() => {}} onDismiss={() => {}} />),
  );
  expect(host.querySelector('.folio-save-report-url')?.textContent).toBe('shop.example/…/100%-cotton.jpg');
  await act(async () => root.unmount());
});
