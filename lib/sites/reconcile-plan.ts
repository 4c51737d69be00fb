import type { Scripting } from 'webextension-polyfill';
import type { Site } from '../model/site';
import { isSiteScriptId, siteScript } from './site-scripts';

export interface ReconcilePlan {
  register: Site[];
  unregister: string[];
}

type Registered = Pick<Scripting.RegisteredContentScript, 'id' | 'js' | 'matches'>;

/**
 * What to change so that registered content scripts follow the stored
 * sites: register a granted site's missing (or outdated) script, drop the
 * scripts of sites no longer stored. A stored site whose permission was
 * revoked keeps its registration, if any: the browser injects nothing
 * without the permission, and the script works again the moment it is
 * granted again.
 */
export function planReconcile(
  sites: readonly Site[],
  granted: ReadonlySet<string>,
  registered: readonly Registered[],
): ReconcilePlan {
  const byId = new Map(registered.filter((script) => isSiteScriptId(script.id)).map((script) => [script.id, script]));
  const wanted = new Map(sites.map((site) => [siteScript(site).id, site]));
  const unregister: string[] = [];
  const register: Site[] = [];
  for (const id of byId.keys()) if (!wanted.has(id)) unregister.push(id);
  for (const [id, site] of wanted) {
    const current = byId.get(id);
    if (current && sameScript(current, siteScript(site))) continue;
    if (!granted.has(site.origin)) continue;
    if (current) unregister.push(id);
    register.push(site);
  }
  return { register, unregister };
}

/** Browsers may report files with a leading slash, and patterns in another order. */
function sameScript(a: Registered, b: Registered): boolean {
  const files = (script: Registered) => (script.js ?? []).map((file) => file.replace(/^\//, ''));
  const patterns = (script: Registered) => [...(script.matches ?? [])].sort();
  return (
    JSON.stringify(files(a)) === JSON.stringify(files(b)) && JSON.stringify(patterns(a)) === JSON.stringify(patterns(b))
  );
}
