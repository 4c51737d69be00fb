/** The lists of a pack that an import changes. */
export const PACK_LISTS = [
  'themes',
  'objectives',
  'benefitTargets',
  'measurements',
  'links',
  'rules',
  'exclusions',
] as const;
export type PackList = (typeof PACK_LISTS)[number];

export interface ListChange {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** What an import changes (or would change, in a preview), list by list. */
export interface ImportSummary {
  name: string;
  mode: 'replace' | 'merge';
  changes: Record<PackList, ListChange>;
}
