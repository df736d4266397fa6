import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DATA_CHANGED, isMessage } from '../../utils/protocol/messages';

/**
 * A value read from the background's services, read again whenever the background says the data
 * changed and when `key` changes. Undefined until the first answer. Extension pages read the
 * database only this way, through the allow-listed service.
 */
export function useServiceQuery<T>(load: () => Promise<T>, key: string): T | undefined {
  const [value, setValue] = useState<T>();
  const loader = useRef(load);
  loader.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads; a new key reads again.
  useEffect(() => {
    let live = true;
    const reload = () =>
      void loader.current().then(
        (next) => live && setValue(() => next),
        () => {},
      );
    reload();
    const onMessage = (message: unknown) => {
      if (isMessage(message, DATA_CHANGED)) reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [key]);
  return value;
}
