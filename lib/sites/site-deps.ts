import { pageDatabase } from '../db/page-database';
import { send } from '../messages/client';
import { probeSite } from './probe-site';
import { giveBackSitePermission, requestSitePermission } from './site-permission';

/** What the Sites page's actions use of the browser and the background; tests put fakes in their place. */
export interface SiteDeps {
  requestPermission(origin: string): Promise<boolean>;
  givePermissionBack(origin: string): Promise<unknown>;
  probe: typeof probeSite;
  send: typeof send;
  isStored(origin: string): Promise<boolean>;
}

export const PAGE_SITE_DEPS: SiteDeps = {
  requestPermission: requestSitePermission,
  givePermissionBack: giveBackSitePermission,
  probe: probeSite,
  send,
  isStored: async (origin) => (await pageDatabase.sites.get(origin)) !== undefined,
};
