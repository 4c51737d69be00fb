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

/** One record an import adds, changes or removes, named the way a person recognizes it. */
export interface RecordChange {
  id: string;
  label: string;
  /** For a changed record: the fields whose values differ. */
  fields?: string[];
}

/** The first records of each kind of change in one list; the counts in `ListChange` say how many there are in all. */
export interface ListRecordChanges {
  added: RecordChange[];
  updated: RecordChange[];
  removed: RecordChange[];
}

/** What an import changes (or would change, in a preview), list by list. */
export interface ImportSummary {
  name: string;
  mode: 'replace' | 'merge';
  changes: Record<PackList, ListChange>;
  /** Record by record, the first few of each kind per list. */
  records?: Record<PackList, ListRecordChanges>;
  /** The backup taken before the import changed anything, which its Undo restores. */
  backupId?: string;
}
