import { describe, expect, it } from 'vitest';
import { HttpUrl, IsoDate, IsoDateOrTimestamp, RecordId } from '../../../lib/model/primitives';

describe('primitives', () => {
  it('allow only http(s) addresses', () => {
    for (const url of ['https://intranet.example.com/a?b=c', 'http://localhost:8080/x'])
      expect(HttpUrl.safeParse(url).success, url).toBe(true);
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,hi', 'ftp://x.org', 'example.com'])
      expect(HttpUrl.safeParse(url).success, url).toBe(false);
  });

  it('allow real dates and timestamps with a zone only', () => {
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDateOrTimestamp.safeParse('2026-10-31T12:00:00+02:00').success).toBe(true);
    expect(IsoDateOrTimestamp.safeParse('2026-10-31T12:00:00').success).toBe(false);
  });

  it('keep record ids short and printable', () => {
    expect(RecordId.safeParse('ob-grow-2').success).toBe(true);
    expect(RecordId.safeParse('ob grow').success).toBe(false);
    expect(RecordId.safeParse('x'.repeat(101)).success).toBe(false);
  });
});
