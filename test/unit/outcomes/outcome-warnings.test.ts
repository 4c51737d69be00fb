import { describe, expect, it } from 'vitest';
import { countWarnings, outcomeWarnings } from '../../../lib/outcomes/outcome-warnings';
import { progress } from './fixtures';

const kinds = (warnings: ReturnType<typeof outcomeWarnings>) => warnings.map((warning) => warning.kind);

describe('outcomeWarnings', () => {
  it('says nothing of an objective on track', () => {
    expect(outcomeWarnings({ id: 'o', status: 'active', targets: [progress('t')] }, true)).toEqual([]);
  });

  it('flags output without outcome only when work serves the objective', () => {
    expect(kinds(outcomeWarnings({ id: 'o', status: 'active', targets: [] }, true))).toEqual(['no-target']);
    expect(outcomeWarnings({ id: 'o', status: 'active', targets: [] }, false)).toEqual([]);
  });

  it('flags each target with no check-in, a stale one, or behind pace; most pressing first', () => {
    const warnings = outcomeWarnings(
      {
        id: 'o',
        status: 'at-risk',
        targets: [
          progress('fresh'),
          progress('never', { latest: null, ratio: null, ageDays: null, stale: true, pace: null }),
          progress('old', { stale: true, ageDays: 80 }),
          progress('slow', { ratio: 0.2, pace: 0.6, behindPace: true }),
        ],
      },
      true,
    );
    expect(warnings.map((warning) => [warning.kind, 'target' in warning ? warning.target.id : null])).toEqual([
      ['at-risk', null],
      ['behind-pace', 'slow'],
      ['no-check-in', 'never'],
      ['stale-check-in', 'old'],
    ]);
    expect(countWarnings(warnings)).toEqual({
      'at-risk': 1,
      'behind-pace': 1,
      'no-target': 0,
      'no-check-in': 1,
      'stale-check-in': 1,
    });
  });

  it('leaves drafts, achieved, dropped and archived objectives alone', () => {
    const stale = [progress('t', { stale: true })];
    for (const status of ['draft', 'achieved', 'dropped'] as const)
      expect(outcomeWarnings({ id: 'o', status, targets: stale }, true)).toEqual([]);
    expect(outcomeWarnings({ id: 'o', status: 'at-risk', archived: true, targets: [] }, true)).toEqual([]);
  });
});
