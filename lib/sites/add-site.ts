import type { Site } from '../model/site';
import { parseSiteAddress } from './site-address';
import type { SiteDeps } from './site-deps';

/** The tracker the user picked, or "find out from the site's page". */
export type TrackerChoice = Site['tracker'] | 'detect';

/** How adding a site ended; each has its own message. */
export type AddOutcome =
  | { kind: 'invalid'; reason: string }
  | { kind: 'cloud'; origin: string }
  | { kind: 'already-added'; site: Site }
  | { kind: 'refused'; origin: string }
  | { kind: 'unreachable'; origin: string; detail: string }
  | { kind: 'not-tracker'; origin: string }
  | { kind: 'added'; site: Site; detected: boolean }
  | { kind: 'failed'; origin: string; error: string };

/**
 * Adds a site: checks the address, asks for the permission, reads the site
 * when asked to detect its tracker, then has the background store it and
 * register its content script. Everything before the permission request is
 * synchronous, so that the request happens inside the user's click. When
 * nothing is added the permission is given back, even if an offer to add
 * anyway follows: that offer asks again rather than leave a site readable.
 */
export async function addSiteFlow(
  address: string,
  choice: TrackerChoice,
  stored: readonly Site[],
  deps: SiteDeps,
): Promise<AddOutcome> {
  const parsed = parseSiteAddress(address);
  if (parsed.kind !== 'site') return parsed;
  const { origin } = parsed;
  const existing = stored.find((site) => site.origin === origin);
  if (existing) return { kind: 'already-added', site: existing };
  if (!(await deps.requestPermission(origin))) return { kind: 'refused', origin };

  let tracker: Site['tracker'];
  if (choice === 'detect') {
    const probe = await deps.probe(parsed.url);
    if (probe.kind !== 'tracker') {
      await deps.givePermissionBack(origin);
      return probe.kind === 'unreachable'
        ? { kind: 'unreachable', origin, detail: probe.detail }
        : { kind: 'not-tracker', origin };
    }
    tracker = probe.tracker;
  } else tracker = choice;

  const reply = await deps.send({ type: 'addSite', origin, tracker });
  if (reply.ok) return { kind: 'added', site: reply.data.site, detected: choice === 'detect' };
  // Added meanwhile (another window): the permission now belongs to that site.
  if (!(await deps.isStored(origin))) await deps.givePermissionBack(origin);
  return { kind: 'failed', origin, error: reply.error };
}
