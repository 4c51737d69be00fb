import { describe, expect, it } from 'vitest';
import { FactsError } from '../../../lib/facts/facts-error';
import { createFactsFetcher, type FactsReport } from '../../../lib/facts/facts-fetcher';
import type { ItemFacts } from '../../../lib/model/item-facts';

const id = (key: string) => `jira:acme.atlassian.net:${key}`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A tracker whose first request times out for the whole site, then answers every key. */
function flakyClient() {
  const asked: string[][] = [];
  let first = true;
  return {
    asked,
    client: {
      batchSize: 1,
      async fetch(keys: readonly string[]): Promise<Map<string, ItemFacts>> {
        asked.push([...keys]);
        if (first) {
          first = false;
          throw new FactsError('the tracker did not answer within 10 s', true);
        }
        return new Map(keys.map((key) => [key, { labels: ['growth'] }]));
      },
    },
  };
}

describe('the facts fetcher', () => {
  it('reports what was still queued with a whole-site failure, and fetches those items when asked again', async () => {
    const { client, asked } = flakyClient();
    const reports: FactsReport[] = [];
    const fetcher = createFactsFetcher(client, (report) => reports.push(report));
    // Two at a time, one key a request: PAY-3 and PAY-4 wait in the queue when PAY-1's request fails.
    fetcher.request([id('PAY-1'), id('PAY-2'), id('PAY-3'), id('PAY-4')]);
    await settle();
    expect(reports[0]?.failures[0]).toMatchObject({
      ids: [id('PAY-1'), id('PAY-3'), id('PAY-4')],
      wholeSite: true,
    });

    // Later, the background asks again (its retry time is up): each is fetched, none taken for already on its way.
    reports.length = 0;
    asked.length = 0;
    fetcher.request([id('PAY-1'), id('PAY-3'), id('PAY-4')]);
    await settle();
    await settle();
    expect(asked.flat().sort()).toEqual(['PAY-1', 'PAY-3', 'PAY-4']);
    expect(reports.flatMap((report) => report.facts.map((entry) => entry.id)).sort()).toEqual([
      id('PAY-1'),
      id('PAY-3'),
      id('PAY-4'),
    ]);
  });

  it('handles each answer inside the timed runner, and starts the next request from a timed task of its own', async () => {
    let timing = false;
    const timed = <T>(work: () => T): T => {
      timing = true;
      try {
        return work();
      } finally {
        timing = false;
      }
    };
    const handedTimed: unknown[] = [];
    const startedTimed: boolean[] = [];
    const reportedTimed: boolean[] = [];
    const client = {
      batchSize: 1,
      async fetch(keys: readonly string[], _signal?: AbortSignal, runner?: unknown): Promise<Map<string, ItemFacts>> {
        startedTimed.push(timing);
        handedTimed.push(runner);
        if (keys[0] === 'PAY-2') throw new Error('refused');
        return new Map(keys.map((key) => [key, { labels: ['growth'] }]));
      },
    };
    const startedWhenReported: number[] = [];
    const fetcher = createFactsFetcher(
      client,
      () => {
        reportedTimed.push(timing);
        startedWhenReported.push(startedTimed.length);
      },
      timed,
    );
    // Two at a time, one key a request: PAY-3 waits, and is asked for once the first answer is handled.
    fetcher.request([id('PAY-1'), id('PAY-2'), id('PAY-3')]);
    await settle();
    // Both answers handled, and no third request started in either's piece: it waits for a task of its own.
    expect(startedWhenReported).toEqual([2, 2]);
    expect(startedTimed).toEqual([false, false]);
    await settle();
    await settle();
    expect(startedTimed).toEqual([false, false, true]);
    // The client reads each answer inside the same runner (request-json.ts).
    expect(handedTimed).toEqual([timed, timed, timed]);
    // Facts, a failure and facts again: each report made inside the runner.
    expect(reportedTimed).toEqual([true, true, true]);
  });

  it('asks once for an item however its id is spelled, reports it under its canonical id, and skips what is not an id', async () => {
    const asked: string[][] = [];
    const reports: FactsReport[] = [];
    const client = {
      batchSize: 10,
      async fetch(keys: readonly string[]): Promise<Map<string, ItemFacts>> {
        asked.push([...keys]);
        return new Map(keys.filter((key) => key !== 'OPS-9').map((key) => [key, { labels: ['growth'] }]));
      },
    };
    const fetcher = createFactsFetcher(client, (report) => reports.push(report));
    fetcher.request([
      'jira:ACME.atlassian.net:PAY-1',
      id('PAY-1'),
      'jira:jira.acme.test:8443:OPS-9',
      'jira:acme.atlassian.net:not a key',
      'nonsense',
    ]);
    await settle();
    expect(asked).toEqual([['PAY-1', 'OPS-9']]);
    expect(reports).toEqual([
      {
        facts: [{ id: id('PAY-1'), facts: { labels: ['growth'] } }],
        failures: [{ ids: ['jira:jira.acme.test:8443:OPS-9'], reason: expect.any(String), wholeSite: false }],
      },
    ]);
  });
});
