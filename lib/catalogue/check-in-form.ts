import { t } from '../i18n/catalogue';
import { type Measurement, MeasurementSchema } from '../model/measurement';
import { addIssues, addProblem, type FormResult, hasProblems, noProblems } from './form-problems';
import { localIsoDate, optionalText, parseNumber } from './form-values';

export type CheckInField = 'value' | 'at' | 'confidence' | 'note';

/** The check-in form as typed; confidence is a percentage there and a fraction once stored. */
export type CheckInFormValues = Record<CheckInField, string>;

export const CHECK_IN_FIELD_OF_PATH: Readonly<Record<string, CheckInField>> = {
  value: 'value',
  at: 'at',
  confidence: 'confidence',
  note: 'note',
};

/** The fields in the order they show, so the first with a problem takes the focus. */
export const CHECK_IN_FIELDS: readonly CheckInField[] = ['value', 'at', 'confidence', 'note'];

/** A stored check-in as the form shows it, to correct it: 0.7 confidence reads 70. */
export function measurementFormValues(measurement: Measurement): CheckInFormValues {
  return {
    value: String(measurement.value),
    at: measurement.at.slice(0, 10),
    confidence: measurement.confidence === undefined ? '' : String(Math.round(measurement.confidence * 10_000) / 100),
    note: measurement.note ?? '',
  };
}

/** A corrected check-in keeps its original timestamp when its day was not changed (the form shows days only). */
export function keepStoredInstant(corrected: Measurement, stored: Measurement): Measurement {
  return corrected.at === stored.at.slice(0, 10) ? { ...corrected, at: stored.at } : corrected;
}

/** An empty check-in dated today, where most check-ins are recorded. */
export function checkInFormValues(now: Date): CheckInFormValues {
  return { value: '', at: localIsoDate(now), confidence: '', note: '' };
}

/** Reads the form into the check-in to save: a 70% confidence is stored as 0.7. */
export function parseCheckInForm(
  values: CheckInFormValues,
  identity: { id: string; targetId: string },
): FormResult<Measurement, CheckInField> {
  const problems = noProblems<CheckInField>();
  const value = parseNumber(values.value);
  if (value === null) addProblem(problems, CHECK_IN_FIELD_OF_PATH, 'value', t('checkInForm_mustBeANumber'));
  let confidence: number | undefined;
  if (values.confidence.trim() !== '') {
    const percent = parseNumber(values.confidence);
    if (percent === null || percent < 0 || percent > 100)
      addProblem(problems, CHECK_IN_FIELD_OF_PATH, 'confidence', t('checkInForm_mustBeAPercentageFrom'));
    else confidence = percent / 100;
  }
  const note = optionalText(values.note) === undefined ? undefined : values.note;
  const candidate = {
    ...identity,
    value: value ?? 0,
    at: values.at.trim(),
    ...(confidence !== undefined && { confidence }),
    ...(note !== undefined && { note }),
  };
  const result = MeasurementSchema.safeParse(candidate);
  if (!result.success) addIssues(problems, CHECK_IN_FIELD_OF_PATH, result.error.issues);
  if (hasProblems(problems) || !result.success) return { ok: false, problems };
  return { ok: true, record: result.data };
}
