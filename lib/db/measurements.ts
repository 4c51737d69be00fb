import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import { type Measurement, MeasurementSchema } from '../model/measurement';
import { emptyCatalogue } from './catalogue';
import type { ThroughlineDatabase } from './database';
import type { Removed } from './removed';
import { refusal, validated } from './validate';

/** Records a check-in, or corrects the one with the same id. */
export async function saveMeasurement(
  db: ThroughlineDatabase,
  input: z.input<typeof MeasurementSchema>,
): Promise<Measurement> {
  const what = t('record_checkIn');
  const measurement = validated(MeasurementSchema, input, what);
  return db.transaction('rw', [db.measurements, db.benefitTargets], async () => {
    if (!(await db.benefitTargets.get(measurement.targetId)))
      throw refusal(what, [{ path: 'targetId', message: t('dbRefusal_noTarget', measurement.targetId) }]);
    await db.measurements.put(measurement);
    return measurement;
  });
}

export async function deleteMeasurement(db: ThroughlineDatabase, id: string): Promise<Removed> {
  return db.transaction('rw', db.measurements, async () => {
    const measurement = await db.measurements.get(id);
    if (!measurement) return emptyCatalogue();
    await db.measurements.delete(id);
    return { ...emptyCatalogue(), measurements: [measurement] };
  });
}
