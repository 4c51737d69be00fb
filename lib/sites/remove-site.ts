import type { Site } from '../model/site';
import type { SiteDeps } from './site-deps';

export type RemoveOutcome = { kind: 'removed'; site: Site | null } | { kind: 'failed'; error: string };

export type RestoreOutcome = { kind: 'restored'; site: Site } | { kind: 'refused' } | { kind: 'failed'; error: string };

/**
 * Removes a site: the background unregisters its content script and deletes
 * the record, then the page gives the permission back.
 */
export async function removeSiteFlow(origin: string, deps: SiteDeps): Promise<RemoveOutcome> {
  const reply = await deps.send({ type: 'removeSite', origin });
  if (!reply.ok) return { kind: 'failed', error: reply.error };
  await deps.givePermissionBack(origin);
  return { kind: 'removed', site: reply.data.removed };
}

/**
 * Puts a removed site back as it was, with the date it was first added (the
 * undo of removeSiteFlow). Its permission was given back, so it is asked for
 * again: call this first thing in the Undo click.
 */
export async function restoreSiteFlow(site: Site, deps: SiteDeps): Promise<RestoreOutcome> {
  if (!(await deps.requestPermission(site.origin))) return { kind: 'refused' };
  const reply = await deps.send({ type: 'addSite', origin: site.origin, tracker: site.tracker, addedAt: site.addedAt });
  if (reply.ok) return { kind: 'restored', site: reply.data.site };
  if (!(await deps.isStored(site.origin))) await deps.givePermissionBack(site.origin);
  return { kind: 'failed', error: reply.error };
}
