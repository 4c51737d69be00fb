import { browser } from 'wxt/browser';

/**
 * The match pattern that grants one site: its origin, every path. Chrome
 * keeps the port, so `http://jira.local:8080` grants that port only; Firefox
 * refuses a port in a match pattern, and there the host is granted on any port.
 */
export function sitePattern(origin: string, portsAllowed = !import.meta.env.FIREFOX): string {
  const url = new URL(origin);
  return `${url.protocol}//${portsAllowed ? url.host : url.hostname}/*`;
}

/**
 * Asks the user to let Throughline read a site. Browsers allow this only
 * during a user gesture: call it first in a click or submit handler, before
 * anything is awaited.
 */
export function requestSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

export function hasSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(origin)] });
}

/**
 * Gives a site's permission back. The browser refuses for a host the
 * extension requires (a cloud tracker, or the e2e build's stand-in hosts):
 * that permission stays, which is no reason to fail what the user asked for.
 */
export async function giveBackSitePermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: [sitePattern(origin)] });
  } catch {
    return false;
  }
}
