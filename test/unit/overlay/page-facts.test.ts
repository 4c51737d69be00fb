// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { FactsReport } from '../../../lib/facts/facts-fetcher';
import type { FactsModule } from '../../../lib/overlay/facts-module';
import { createPageFacts } from '../../../lib/overlay/page-facts';

const URL_ = new URL('https://acme.atlassian.net/browse/PAY-1');

function part(client: 'some' | 'none') {
  const request = vi.fn();
  const module: FactsModule = {
    clientFor: {
      jira: () => (client === 'some' ? { batchSize: 50, fetch: async () => new Map() } : null),
      asana: () => null,
      'azure-devops': () => null,
    },
    createFactsFetcher: () => ({ request, stop: vi.fn() }) as never,
  };
  return { module, request };
}

describe('page facts', () => {
  it('loads the facts part on the first request, and hands it every id asked for meanwhile', async () => {
    const { module, request } = part('some');
    const load = vi.fn(async () => module);
    const facts = createPageFacts({
      tracker: 'jira',
      load,
      url: () => URL_,
      doc: document,
      report: vi.fn(),
      timed: (work) => work(),
    });
    facts.request(['jira:acme.atlassian.net:PAY-1']);
    facts.request(['jira:acme.atlassian.net:PAY-2']);
    await Promise.resolve();
    expect(request).toHaveBeenCalledExactlyOnceWith(['jira:acme.atlassian.net:PAY-1', 'jira:acme.atlassian.net:PAY-2']);
    facts.request(['jira:acme.atlassian.net:PAY-3']);
    expect(request).toHaveBeenLastCalledWith(['jira:acme.atlassian.net:PAY-3']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers with the reason when the page names no API, or the part did not load', async () => {
    const reports: FactsReport[] = [];
    const report = (outcome: FactsReport) => reports.push(outcome);
    const none = createPageFacts({
      tracker: 'jira',
      load: async () => part('none').module,
      url: () => URL_,
      doc: document,
      report,
      timed: (work) => work(),
    });
    none.request(['jira:acme.atlassian.net:PAY-1']);
    await Promise.resolve();
    none.request(['jira:acme.atlassian.net:PAY-2']);
    expect(reports.map((outcome) => outcome.failures[0])).toEqual([
      {
        ids: ['jira:acme.atlassian.net:PAY-1'],
        reason: 'this page does not say where its tracker’s API is',
        wholeSite: true,
      },
      {
        ids: ['jira:acme.atlassian.net:PAY-2'],
        reason: 'this page does not say where its tracker’s API is',
        wholeSite: true,
      },
    ]);

    reports.length = 0;
    const load = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(part('some').module);
    const failing = createPageFacts({
      tracker: 'jira',
      load,
      url: () => URL_,
      doc: document,
      report,
      timed: (work) => work(),
    });
    failing.request(['jira:acme.atlassian.net:PAY-1']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports[0]?.failures[0]).toEqual({
      ids: ['jira:acme.atlassian.net:PAY-1'],
      reason: 'Throughline could not load its facts client: gone',
      wholeSite: false,
    });
    failing.request(['jira:acme.atlassian.net:PAY-1']);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
