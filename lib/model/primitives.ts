import { z } from 'zod';
import { isHttpUrl } from './http-url';

/** An id of a record within its list: short, printable, no whitespace. */
export const RecordId = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'may hold only letters, digits, ".", "_", ":" and "-"');

/** `YYYY-MM-DD` that names a real day. */
export const IsoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

/** A full ISO 8601 timestamp with a timezone offset or `Z`. */
export const IsoTimestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp' });

/** A date or a full timestamp, where the pack allows either. */
export const IsoDateOrTimestamp = z.union([IsoDate, IsoTimestamp], {
  message: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp',
});

/** Only http(s) links are ever opened from data that came from outside. */
export const HttpUrl = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine(isHttpUrl, 'must be an http:// or https:// address');

export const ShortText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const LongText = z.string().max(5000, 'must be at most 5000 characters');
