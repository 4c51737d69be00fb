import type { ObservabilitySet } from 'dexie';

/** Whether a change Dexie reported (`storagemutated`) touched any of `tables` of the database `name`. */
export function touchesTables(name: string, parts: ObservabilitySet, tables: readonly string[]): boolean {
  const prefixes = tables.map((table) => `idb://${name}/${table}/`);
  return Object.keys(parts).some((part) => part === 'all' || prefixes.some((prefix) => part.startsWith(prefix)));
}
