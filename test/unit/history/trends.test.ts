import { describe, expect, it } from 'vitest';
import { describeShareTrend, describeTargetTrend } from '../../../lib/history/describe-trend';
import { alignmentTrend, targetTrend, themeTrend } from '../../../lib/history/trends';
import type { Snapshot } from '../../../lib/model/snapshot';

const LABELS = { jira: 'Jira', asana: 'Asana', 'azure-devops': 'Azure DevOps' } as const;

const snapshot = (day: string, fields: Partial<Snapshot>): Snapshot => ({
  day,
  takenAt: `${day}T18:00:00.000Z`,
  span: 'day',
  seen: 0,
  aligned: 0,
  reasons: {},
  figures: { objectivesInPlay: 0, objectivesWithoutWork: 0, warnings: {} },
  trackers: [],
  themes: [],
  objectives: [],
  targets: [],
  ...fields,
});

const history = [
  snapshot('2026-11-01', {
    seen: 4,
    aligned: 1,
    trackers: [{ tracker: 'jira', site: 'a', seen: 4, aligned: 1, reasons: { link: 1 } }],
    themes: [{ themeId: 'th-g', aligned: 1, reasons: { link: 1 } }],
    targets: [{ targetId: 'bt', value: 10, at: '2026-10-31', confidence: 0.5 }],
  }),
  snapshot('2026-11-03', {
    seen: 10,
    aligned: 5,
    trackers: [
      { tracker: 'jira', site: 'a', seen: 6, aligned: 3, reasons: { link: 3 } },
      { tracker: 'asana', site: 'b', seen: 4, aligned: 2, reasons: { rule: 2 } },
    ],
    themes: [{ themeId: 'th-g', aligned: 5, reasons: { link: 3, rule: 2 } }],
    targets: [{ targetId: 'bt', value: 30, at: '2026-11-02', confidence: 0.8 }],
  }),
];

describe('trends from the history', () => {
  it('shares aligned overall, per tracker and per theme, with words for them', () => {
    const trend = alignmentTrend(history, LABELS);
    expect(trend.lines.map((line) => [line.label, line.values])).toEqual([
      ['All trackers', [0.25, 0.5]],
      ['Jira', [0.25, 0.5]],
      ['Asana', [null, 0.5]],
    ]);
    expect(describeShareTrend('Share of seen work aligned', trend)).toBe(
      'Share of seen work aligned. 2 snapshots from Nov 1, 2026 to Nov 3, 2026. All trackers from 25% to 50%; Jira from 25% to 50%; Asana from 50% to 50%.',
    );
    expect(themeTrend(history, [{ id: 'th-g', name: 'Growth' }]).lines[0]!.values).toEqual([0.25, 0.5]);
  });

  it('says so, in one sentence, when a snapshot holds no seen work', () => {
    const trend = alignmentTrend([snapshot('2026-11-01', {})], LABELS);
    expect(describeShareTrend('Share of seen work aligned', trend)).toBe(
      'Share of seen work aligned. One snapshot, Nov 1, 2026. No work item was seen yet.',
    );
  });

  it("follows a target's value against its pace line, with its confidence", () => {
    const trend = targetTrend(
      history,
      { id: 'bt', direction: 'increase', baseline: 0, target: 100, dueDate: '2026-11-10' },
      '2026-10-31',
    );
    expect(trend.lines.map((line) => line.values)).toEqual([
      [10, 30],
      [10, 30],
      [0.5, 0.8],
    ]);
    expect(describeTargetTrend('Orders', trend, String)).toBe(
      'Orders. 2 snapshots from Nov 1, 2026 to Nov 3, 2026. Value from 10 to 30. The straight-line pace to the target expects 30 by the last day. Latest confidence 80%.',
    );
  });
});
