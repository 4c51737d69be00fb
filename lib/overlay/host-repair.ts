import { isHostTag } from './host-elements';
import type { PageItem, PageItems } from './page-items';

export interface HostRepairDeps {
  items: PageItems;
  /** Runs before the next frame. */
  frame(fn: () => void): void;
  guarded(work: () => void): void;
  /** Puts an item's host back in place, as it is placed (nothing while the overlay is off or the item unresolved). */
  placeAgain(item: PageItem): void;
}

/**
 * What the page did to our hosts (moved, removed, stripped of their
 * attributes) put right before the next frame: once a frame, whatever the
 * page does, so that a page fighting our hosts cannot keep us busy. A host
 * no item owns any more leaves the page.
 */
export function createHostRepair(deps: HostRepairDeps) {
  const touched = new Set<Element>();
  let repairing = false;

  function repair(): void {
    repairing = false;
    const hosts = [...touched];
    touched.clear();
    for (const host of hosts) {
      if (!isHostTag(host)) continue;
      const item = deps.items.ofHost(host);
      if (item?.source.isConnected && item.anchor.isConnected) deps.placeAgain(item);
      else if (!item && host.isConnected) host.remove();
    }
  }

  return {
    /** Hosts the page touched: repaired before the next frame. */
    soon(hosts: readonly Element[]): void {
      for (const host of hosts) touched.add(host);
      if (repairing) return;
      repairing = true;
      deps.frame(() => deps.guarded(repair));
    },
  };
}
