import { describe, expect, it } from 'vitest';
import { deleteMeasurement, saveMeasurement } from '../../../lib/db/measurements';
import { exportPack } from '../../../lib/db/pack-io';
import { restoreRemoved } from '../../../lib/db/removed';
import { NOW, seededDatabase } from './test-database';

describe('measurements', () => {
  it('records a check-in for an existing target only, with a valid confidence', async () => {
    const db = await seededDatabase();
    const checkIn = { id: 'ms-3', targetId: 'bt-ssr', value: 1_300_000, at: '2026-11-20T08:00:00Z', confidence: 0.9 };
    expect(await saveMeasurement(db, checkIn)).toEqual(checkIn);
    await expect(saveMeasurement(db, { ...checkIn, targetId: 'bt-nope' })).rejects.toThrow(
      'Cannot save the check-in: targetId: refers to benefit target "bt-nope", which does not exist',
    );
    await expect(saveMeasurement(db, { ...checkIn, confidence: 2 })).rejects.toThrow(
      'confidence: must be between 0 and 1',
    );
    await expect(saveMeasurement(db, { ...checkIn, at: '2026-13-01' })).rejects.toThrow(
      /^Cannot save the check-in: at: /,
    );
  });

  it('deletes a check-in and undoes it', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const removed = await deleteMeasurement(db, 'ms-2');
    expect(removed.measurements.map((m) => m.id)).toEqual(['ms-2']);
    await restoreRemoved(db, removed);
    expect(await exportPack(db, NOW)).toEqual(before);
  });
});
