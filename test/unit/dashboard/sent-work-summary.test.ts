import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seenWork } from '../../../lib/dashboard/seen-work';
import { receivedWorkSummary, sendableWorkSummary } from '../../../lib/dashboard/sent-work-summary';
import { summarizeWork } from '../../../lib/dashboard/work-summary';
import type { SeenItem } from '../../../lib/model/seen-item';

const seenItem: fc.Arbitrary<SeenItem> = fc.record(
  {
    id: fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((n) => `jira:acme.atlassian.net:PAY-${n}`),
      fc.integer({ min: 1, max: 999 }).map((n) => `azure-devops:dev.azure.com/contoso:${n}`),
      fc.constant('asana:app.asana.com:1209000000000101'),
    ),
    title: fc.string(),
    status: fc.string(),
    url: fc.webUrl(),
    lastSeen: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  },
  { requiredKeys: ['id', 'url', 'lastSeen'] },
);

describe('the dashboard answer as it is sent', () => {
  it('arrives as the summary the background worked out', () => {
    fc.assert(
      fc.property(fc.array(seenItem, { maxLength: 40 }), (items) => {
        const summary = summarizeWork({
          objectives: [],
          themes: [],
          targets: [],
          work: seenWork(items),
          alignments: new Map(),
          withWork: new Set(),
          progress: new Map(),
          links: [],
          staleAfterDays: 45,
        });
        const sent = sendableWorkSummary(summary);
        expect(sent.unaligned.ids).toHaveLength(summary.unaligned.length);
        // What a message carries: a copy, as structured clone makes it.
        expect(receivedWorkSummary(structuredClone(sent))).toEqual(summary);
      }),
      { numRuns: 200 },
    );
  });
});
