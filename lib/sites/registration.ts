import { browser } from 'wxt/browser';
import type { ThroughlineDatabase } from '../db/database';
import { listSites } from '../db/sites';
import type { Site } from '../model/site';
import { planReconcile, type ReconcilePlan } from './reconcile-plan';
import { hasSitePermission } from './site-permission';
import { siteScript, siteScriptId } from './site-scripts';

// Registering an id twice fails, and a reconcile may start while a site is being added: one change at a time.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Registers (or re-registers) the content script of one site. */
export function registerSiteScript(site: Pick<Site, 'origin' | 'tracker'>): Promise<void> {
  return oneAtATime(async () => {
    const id = siteScriptId(site.origin);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
    await browser.scripting.registerContentScripts([siteScript(site)]);
  });
}

/** Unregisters a site's content script; a site without one is fine. */
export function unregisterSiteScript(origin: string): Promise<void> {
  return oneAtATime(async () => {
    const id = siteScriptId(origin);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  });
}

/** Brings the registered content scripts in line with the stored sites and their permissions (planReconcile). */
export function reconcileSiteScripts(db: ThroughlineDatabase): Promise<ReconcilePlan> {
  return oneAtATime(async () => {
    const [sites, registered] = await Promise.all([listSites(db), browser.scripting.getRegisteredContentScripts()]);
    const granted = new Set<string>();
    for (const site of sites) if (await hasSitePermission(site.origin)) granted.add(site.origin);
    const plan = planReconcile(sites, granted, registered);
    if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
    if (plan.register.length > 0) await browser.scripting.registerContentScripts(plan.register.map(siteScript));
    return plan;
  });
}

/**
 * Keeps the sites' content scripts registered: now, as the service worker
 * starts (the browser may have dropped them, on an update for one), and
 * whenever a permission is granted (a site's "Grant again", or the user
 * allowing it in the browser's own settings). Listeners are added before
 * anything is awaited, so that a granted permission wakes the worker.
 */
export function keepSiteScriptsRegistered(db: ThroughlineDatabase): void {
  const reconcile = () =>
    reconcileSiteScripts(db).catch((error) => console.error('Throughline: could not register site scripts', error));
  browser.permissions.onAdded.addListener(() => void reconcile());
  void reconcile();
}
