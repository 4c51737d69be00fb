import { z } from 'zod';
import { isHttpUrl } from './http-url';
import { said } from './issue-text';

/** An id of a record within its list: short, printable, no whitespace. */
export const RecordId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, said('issue_recordId'));

/** `YYYY-MM-DD` that names a real day. */
export const IsoDate = z.iso.date(said('issue_isoDate'));

/** A full ISO 8601 timestamp with a timezone offset or `Z`. */
export const IsoTimestamp = z.iso.datetime({ offset: true, ...said('issue_isoTimestamp') });

/** A date or a full timestamp, where the pack allows either. */
export const IsoDateOrTimestamp = z.union([IsoDate, IsoTimestamp], said('issue_dateOrTimestamp'));

/** Only http(s) links are ever opened from data that came from outside. */
export const HttpUrl = z.string().max(2000).refine(isHttpUrl, said('issue_httpAddress'));

export const ShortText = z.string().trim().min(1).max(200);
export const LongText = z.string().max(5000);
