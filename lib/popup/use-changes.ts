import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseContentInbound } from '../messages/notices';

/** Calls `onChange` whenever the background says links, the catalogue or settings changed. */
export function useChanges(onChange: () => void): void {
  useEffect(() => {
    const listener = (message: unknown) => {
      if (parseContentInbound(message)?.type === 'throughline:changed') onChange();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [onChange]);
}
