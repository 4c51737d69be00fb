import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RequestSchema } from '../../../lib/messages/protocol';
import { HttpUrl } from '../../../lib/model/primitives';
import { type SeenRecord, seenColumns } from '../../../lib/model/seen-columns';
import { MAX_SEEN_PER_MESSAGE, seenItemsOf } from '../../../lib/model/seen-item';

const LAST_SEEN = '2026-12-04T10:00:00.000Z';

const record: fc.Arbitrary<SeenRecord & { lastSeen: string }> = fc.record(
  {
    id: fc.integer({ min: 1, max: 99_999 }).map((n) => `jira:acme.atlassian.net:PAY-${n}`),
    title: fc.string({ maxLength: 40 }),
    status: fc.constantFrom('To Do', 'In Progress', 'Done'),
    url: fc.integer({ min: 1, max: 99_999 }).map((n) => `https://acme.atlassian.net/browse/PAY-${n}`),
    lastSeen: fc
      .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
      .map((at) => new Date(at).toISOString()),
  },
  { requiredKeys: ['id', 'url', 'lastSeen'] },
);

const request = (seen: unknown) => RequestSchema.safeParse({ type: 'recordSeen', seen });

describe('seen items in columns', () => {
  it('arrive, through the message and its checks, as the records they were made of', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const received = (columns: unknown) => {
          const parsed = request(JSON.parse(JSON.stringify(columns)));
          expect(parsed.success).toBe(true);
          return seenItemsOf((parsed.data as { seen: Parameters<typeof seenItemsOf>[0] }).seen);
        };
        expect(received(seenColumns(records))).toEqual(records);
        // One time for all, as a tab sends its batch.
        expect(received(seenColumns(records, LAST_SEEN))).toEqual(
          records.map((item) => ({ ...item, lastSeen: LAST_SEEN })),
        );
      }),
    );
  });

  it('are refused whole when a column is short, a time is not one, or there are too many', () => {
    const records = [
      { id: 'jira:acme.atlassian.net:PAY-1', title: 'One', url: 'https://acme.atlassian.net/browse/PAY-1' },
      { id: 'jira:acme.atlassian.net:PAY-2', url: 'https://acme.atlassian.net/browse/PAY-2' },
    ].map((item) => ({ ...item, lastSeen: LAST_SEEN }));
    const columns = seenColumns(records);
    expect(request(columns).success).toBe(true);
    expect(request({ ...columns, titles: ['One'] }).success).toBe(false);
    const many = Array.from({ length: MAX_SEEN_PER_MESSAGE + 1 }, (_, n) => ({
      id: `jira:acme.atlassian.net:PAY-${n + 1}`,
      url: `https://acme.atlassian.net/browse/PAY-${n + 1}`,
      lastSeen: LAST_SEEN,
    }));
    expect(request(seenColumns(many)).success).toBe(false);
    expect(request(seenColumns(many.slice(1))).success).toBe(true);
    expect(request({ ...columns, lastSeen: [LAST_SEEN, 'yesterday'] }).success).toBe(false);
    expect(request({ ...columns, lastSeen: [LAST_SEEN] }).success).toBe(false);
    expect(request({ ...columns, lastSeen: 'yesterday' }).success).toBe(false);
    expect(request({ ...columns, lastSeen: LAST_SEEN }).success).toBe(true);
  });

  it('leave out, once received, each item whose address the background would not store, and only those', () => {
    const address = fc.oneof(
      fc.integer({ min: 1, max: 99 }).map((n) => `https://acme.atlassian.net/browse/PAY-${n}`),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        'javascript:alert(1)',
        ' https://acme.atlassian.net/browse/PAY-1',
        'https://acme.atlassian.net:99999/browse/PAY-1',
        `https://acme.atlassian.net/${'x'.repeat(2000)}`,
        'data:text/html,hi',
      ),
    );
    fc.assert(
      fc.property(fc.array(address, { maxLength: 12 }), (urls) => {
        const records = urls.map((url, n) => ({ id: `jira:acme.atlassian.net:PAY-${n + 1}`, url }));
        const parsed = request(JSON.parse(JSON.stringify(seenColumns(records, LAST_SEEN))));
        expect(parsed.success).toBe(true);
        const items = seenItemsOf((parsed.data as { seen: Parameters<typeof seenItemsOf>[0] }).seen);
        expect(items.map((item) => item.id)).toEqual(
          records.filter((record) => HttpUrl.safeParse(record.url).success).map((record) => record.id),
        );
      }),
    );
  });
});
