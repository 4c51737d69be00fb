import { describe, expect, it } from 'vitest';
import { chipWording } from '../../../lib/format/chip-wording';
import { describeProgress, objectivePhrase, targetPhrase } from '../../../lib/format/objective-wording';
import { warningText } from '../../../lib/format/warning-text';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import { progress } from './fixtures';

const summary = (fields: Partial<ObjectiveSummary> = {}): ObjectiveSummary => ({
  id: 'ob-grow-2',
  code: 'GROW-2',
  title: 'Increase self-serve revenue',
  status: 'active',
  targets: [progress('a', { ratio: 0.4 }), progress('b', { ratio: 0.5 })],
  ...fields,
});

describe('the one wording of progress', () => {
  it('says what the number is, for a target and for an objective', () => {
    expect(targetPhrase(progress('t', { ratio: 0.62 }))).toBe('62% to target');
    expect(targetPhrase(progress('t', { ratio: 1, position: 'past-target' }))).toBe('target reached');
    expect(targetPhrase(progress('t', { ratio: 1, position: 'within' }))).toBe('within the band');
    expect(targetPhrase(progress('t', { latest: null, ratio: null }))).toBe('no check-in yet');
    expect(objectivePhrase([progress('a', { ratio: 0.4 }), progress('b', { ratio: 0.5 })])).toBe('45% to target');
    expect(objectivePhrase([])).toBeNull();
    expect(
      describeProgress(progress('t', { ratio: 0.62, unit: 'EUR', latest: { value: 1_310_000, at: '2026-10-31' } })),
    ).toBe('1.3M EUR, 62% to target');
  });

  it('gives a chip its words, its accessible name and its markers', () => {
    expect(chipWording(summary())).toEqual({
      code: 'GROW-2',
      phrase: '45% to target',
      text: 'GROW-2 · 45% to target',
      label: 'GROW-2 · Increase self-serve revenue, 45% to target (mean of 2 benefit targets)',
      stale: false,
      warnings: [],
    });
    const stale = chipWording(summary({ status: 'at-risk', targets: [progress('a', { stale: true, ageDays: 60 })] }));
    expect(stale.text).toBe('GROW-2 · 50% to target');
    expect(stale.stale).toBe(true);
    expect(stale.label).toBe(
      'GROW-2 · Increase self-serve revenue, 50% to target; 2 outcome warnings: at risk, stale check-in',
    );
    const bare = chipWording(summary({ targets: [] }));
    expect([bare.text, bare.label]).toEqual([
      'GROW-2',
      'GROW-2 · Increase self-serve revenue; outcome warning: no benefit target',
    ]);
  });

  it('says what to do about each warning and where', () => {
    const [behind] = chipWording(
      summary({ targets: [progress('bt-1', { name: 'Revenue', ratio: 0.2, pace: 0.61, behindPace: true })] }),
    ).warnings;
    expect(warningText(behind!, 'GROW-2')).toEqual({
      text: 'Revenue is behind pace: 20% to target, 61% expected by Nov 20, 2026.',
      action: 'Review the target and record a check-in',
      section: 'objective',
      arg: 'ob-grow-2/bt-1',
    });
    expect(warningText({ kind: 'no-target', objectiveId: 'ob-grow-2' }, 'GROW-2')).toMatchObject({
      action: 'Add a benefit target',
      arg: 'ob-grow-2',
    });
  });
});
