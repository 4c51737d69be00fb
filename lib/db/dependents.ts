import { PACK_LISTS, type PackList } from '../model/import-summary';
import { REFERENCES } from '../model/references';
import type { CatalogueRecord, CatalogueRecords } from './catalogue';
import { emptyCatalogue } from './catalogue';

/** What taking records away does to the rest: records that go with them, and records that lose a reference. */
export interface Fallout {
  /** The catalogue afterwards. */
  remaining: CatalogueRecords;
  /** Records removed because they required a record that went, as they were. */
  removed: CatalogueRecords;
  /** Records that lost an optional reference, as they were before. */
  changed: CatalogueRecords;
}

/**
 * The catalogue after `gone` (ids by list) leave it: records that require
 * one of them go too, transitively; records that only mention one lose the
 * mention. Works on every list through `REFERENCES`.
 */
export function removeWithDependents(catalogue: CatalogueRecords, gone: Record<PackList, Set<string>>): Fallout {
  const removed = emptyCatalogue() as Record<PackList, CatalogueRecord[]>;
  const changed = emptyCatalogue() as Record<PackList, CatalogueRecord[]>;
  const current = { ...catalogue } as Record<PackList, CatalogueRecord[]>;
  const goneIds = Object.fromEntries(PACK_LISTS.map((list) => [list, new Set(gone[list])])) as Record<
    PackList,
    Set<string>
  >;
  const originals = Object.fromEntries(PACK_LISTS.map((list) => [list, new Map<string, CatalogueRecord>()])) as Record<
    PackList,
    Map<string, CatalogueRecord>
  >;
  let more = true;
  while (more) {
    more = false;
    for (const list of PACK_LISTS) {
      const next: CatalogueRecord[] = [];
      for (const record of current[list]) {
        if (goneIds[list].has(record.id)) continue;
        const fields = record as unknown as Record<string, unknown>;
        const broken = REFERENCES[list].filter((reference) => {
          const value = fields[reference.field];
          return typeof value === 'string' && goneIds[reference.to].has(value);
        });
        if (broken.some((reference) => !reference.optional)) {
          goneIds[list].add(record.id);
          removed[list].push(originals[list].get(record.id) ?? record);
          originals[list].delete(record.id);
          more = true;
        } else if (broken.length > 0) {
          if (!originals[list].has(record.id)) originals[list].set(record.id, record);
          const copy = { ...fields };
          for (const reference of broken)
            if (reference.nullable) copy[reference.field] = null;
            else delete copy[reference.field];
          next.push(copy as unknown as CatalogueRecord);
        } else next.push(record);
      }
      current[list] = next;
    }
  }
  for (const list of PACK_LISTS) changed[list].push(...originals[list].values());
  return {
    remaining: current as unknown as CatalogueRecords,
    removed: removed as unknown as CatalogueRecords,
    changed: changed as unknown as CatalogueRecords,
  };
}
