import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasSitePermission } from './site-permission';

/**
 * Which of these sites Throughline may read now, kept current when
 * permissions change (the user may revoke one in the browser's settings, or
 * grant it again here). An origin is missing from the map until checked.
 */
export function useSitePermissions(origins: readonly string[]): ReadonlyMap<string, boolean> {
  const [granted, setGranted] = useState<ReadonlyMap<string, boolean>>(new Map());
  const key = origins.join(' ');
  useEffect(() => {
    let current = true;
    const check = async () => {
      const answers = await Promise.all(
        origins.map(async (origin) => [origin, await hasSitePermission(origin).catch(() => false)] as const),
      );
      if (current) setGranted(new Map(answers));
    };
    void check();
    const onChange = () => void check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      current = false;
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
    // The origins' text is the dependency: a new array with the same sites needs no new check.
  }, [key]);
  return granted;
}
