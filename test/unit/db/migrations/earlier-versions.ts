import { readFileSync } from 'node:fs';
import { SAMPLE_PACK_PATH } from '../../../scripts/make-sample-pack';

/** Rows by table name, as an earlier version stored them. */
export type Rows = Record<string, Record<string, unknown>[]>;

export interface EarlierVersion {
  version: number;
  /** The tables that version added or changed, exactly as it shipped (Dexie `stores` syntax). */
  stores: Record<string, string>;
  /** Data of the kinds that version held, to check that an upgrade keeps every row. */
  rows(): Rows;
}

const V1_STORES = {
  themes: 'id',
  objectives: 'id, &code, themeId, parentId',
  benefitTargets: 'id, objectiveId',
  measurements: 'id, targetId, [targetId+at]',
  links: 'id, itemId, objectiveId, &[itemId+objectiveId]',
  rules: 'id, objectiveId',
  seenItems: 'id, lastSeen',
  sites: 'origin',
  meta: 'key',
};

const sample = JSON.parse(readFileSync(SAMPLE_PACK_PATH, 'utf8')) as Record<string, Record<string, unknown>[]>;

/**
 * Every database version users may still have, oldest first. A release that
 * raises the version adds its own entry here when the next one ships, so
 * each upgrade is tested from every version before it.
 */
export const EARLIER_VERSIONS: readonly EarlierVersion[] = [
  {
    version: 1,
    stores: V1_STORES,
    rows: v1Rows,
  },
  {
    version: 2,
    stores: {
      exclusions: 'id, itemId, objectiveId, &[itemId+objectiveId]',
      facts: 'id, seenAt',
    },
    rows: v2Rows,
  },
  {
    version: 3,
    stores: {
      subscriptions: 'id, &url',
      backups: 'id, takenAt',
      backupData: 'id',
      linkReceipts: 'id, removedAt',
    },
    rows: () => ({
      ...v2Rows(),
      subscriptions: [
        {
          id: 'sub-1',
          url: 'https://pmo.example.test/strategy.json',
          addedAt: '2026-11-21T08:00:00.000Z',
          state: 'ok',
          etag: '"v7"',
        },
      ],
      backups: [
        {
          id: 'bk-1',
          takenAt: '2026-11-22T08:00:00.000Z',
          reason: 'daily',
          name: 'ACME strategy',
          records: 3,
          bytes: 120,
        },
      ],
      backupData: [{ id: 'bk-1', text: '{"format":"throughline.backup"}' }],
    }),
  },
  {
    version: 4,
    stores: { snapshots: 'day' },
    rows: () => ({
      ...EARLIER_VERSIONS[2]!.rows(),
      snapshots: [
        {
          day: '2026-11-22',
          takenAt: '2026-11-22T18:00:00.000Z',
          span: 'day',
          seen: 3,
          aligned: 2,
          reasons: { linked: 2 },
          figures: { objectivesInPlay: 1, objectivesWithoutWork: 0, warnings: {} },
          trackers: [],
          themes: [],
          objectives: [],
          targets: [],
        },
      ],
    }),
  },
];

function v1Rows(): Rows {
  return {
    themes: sample.themes ?? [],
    objectives: sample.objectives ?? [],
    benefitTargets: sample.benefitTargets ?? [],
    measurements: sample.measurements ?? [],
    links: sample.links ?? [],
    rules: sample.rules ?? [],
    seenItems: [
      {
        id: 'jira:acme.atlassian.net:PAY-1',
        title: 'Checkout redesign',
        url: 'https://acme.atlassian.net/browse/PAY-1',
        lastSeen: '2026-11-20T08:00:00.000Z',
      },
    ],
    sites: [{ origin: 'https://jira.example.test', tracker: 'jira', addedAt: '2026-11-01T00:00:00.000Z' }],
    meta: [
      { key: 'packName', value: 'ACME strategy' },
      { key: 'settings', value: { staleAfterDays: 30 } },
    ],
  };
}

function v2Rows(): Rows {
  return {
    ...v1Rows(),
    exclusions: [
      {
        id: 'ex-1',
        itemId: 'jira:acme.atlassian.net:PAY-9',
        objectiveId: (sample.objectives?.[0]?.id as string) ?? 'ob-x',
        createdAt: '2026-11-20T08:00:00.000Z',
      },
    ],
    facts: [
      {
        id: 'jira:acme.atlassian.net:PAY-1',
        facts: { labels: ['checkout'] },
        seenAt: '2026-11-20T08:00:00.000Z',
      },
    ],
  };
}
