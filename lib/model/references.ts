import type { PackList } from './import-summary';

/** A field of a record that names a record of another list. */
export interface Reference {
  field: string;
  to: PackList;
  /** An optional reference is cleared when its record goes; a required one takes its record with it. */
  optional: boolean;
  /** An optional reference written `null` when it names nothing (objectives' theme and parent); others are left out. */
  nullable?: true;
}

/** Every reference between the pack's lists, one line each (`packIntegrityProblems` checks the same ones). */
export const REFERENCES: Record<PackList, readonly Reference[]> = {
  themes: [],
  objectives: [
    { field: 'themeId', to: 'themes', optional: true, nullable: true },
    { field: 'parentId', to: 'objectives', optional: true, nullable: true },
  ],
  benefitTargets: [{ field: 'objectiveId', to: 'objectives', optional: false }],
  measurements: [{ field: 'targetId', to: 'benefitTargets', optional: false }],
  links: [
    { field: 'objectiveId', to: 'objectives', optional: false },
    { field: 'targetId', to: 'benefitTargets', optional: true },
  ],
  rules: [
    { field: 'objectiveId', to: 'objectives', optional: false },
    { field: 'targetId', to: 'benefitTargets', optional: true },
  ],
  exclusions: [{ field: 'objectiveId', to: 'objectives', optional: false }],
};
