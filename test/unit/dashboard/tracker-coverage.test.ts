import { describe, expect, it } from 'vitest';
import { seenWork } from '../../../lib/dashboard/seen-work';
import { trackerCoverage } from '../../../lib/dashboard/tracker-coverage';
import { seen } from './fixtures';

describe('trackerCoverage', () => {
  it('counts seen and aligned items per tracker and site, busiest site first', () => {
    const work = seenWork([
      seen('jira:acme.atlassian.net:PAY-1'),
      seen('jira:acme.atlassian.net:PAY-2'),
      seen('jira:acme.atlassian.net:PAY-3'),
      seen('jira:jira.example.org/jira:WEB-1'),
      seen('azure-devops:dev.azure.com/contoso:101'),
      seen('azure-devops:contoso.visualstudio.com:102'),
      seen('github:github.com:1'),
    ]);
    const aligned = new Set([
      'jira:acme.atlassian.net:PAY-1',
      'jira:jira.example.org/jira:WEB-1',
      'azure-devops:dev.azure.com/contoso:102',
    ]);
    const reasons = new Map([
      ['jira:acme.atlassian.net:PAY-1', 'link' as const],
      ['jira:jira.example.org/jira:WEB-1', 'inherited' as const],
      ['azure-devops:dev.azure.com/contoso:102', 'rule' as const],
    ]);
    expect(trackerCoverage(work, aligned, reasons)).toEqual([
      {
        tracker: 'jira',
        seen: 4,
        aligned: 2,
        share: 0.5,
        byReason: { link: 1, rule: 0, inherited: 1 },
        sites: [
          { site: 'acme.atlassian.net', seen: 3, aligned: 1, share: 1 / 3 },
          { site: 'jira.example.org/jira', seen: 1, aligned: 1, share: 1 },
        ],
      },
      { tracker: 'asana', seen: 0, aligned: 0, share: null, byReason: { link: 0, rule: 0, inherited: 0 }, sites: [] },
      {
        tracker: 'azure-devops',
        seen: 2,
        aligned: 1,
        share: 0.5,
        byReason: { link: 0, rule: 1, inherited: 0 },
        sites: [{ site: 'dev.azure.com/contoso', seen: 2, aligned: 1, share: 0.5 }],
      },
    ]);
  });

  it('lists every tracker, empty, for an empty database', () => {
    expect(trackerCoverage([], new Set(), new Map()).map((row) => [row.tracker, row.seen, row.share])).toEqual([
      ['jira', 0, null],
      ['asana', 0, null],
      ['azure-devops', 0, null],
    ]);
  });

  it('ignores aligned ids of items never seen', () => {
    const work = seenWork([seen('jira:acme.atlassian.net:PAY-1')]);
    const [jira] = trackerCoverage(work, new Set(['jira:acme.atlassian.net:PAY-99']), new Map());
    expect(jira).toMatchObject({ seen: 1, aligned: 0, share: 0 });
  });

  it('orders sites of equal size by name', () => {
    const work = seenWork([seen('jira:b.atlassian.net:PAY-1'), seen('jira:a.atlassian.net:PAY-1')]);
    expect(trackerCoverage(work, new Set(), new Map())[0]!.sites.map((site) => site.site)).toEqual([
      'a.atlassian.net',
      'b.atlassian.net',
    ]);
  });

  it('counts twenty thousand items quickly', () => {
    const work = seenWork(
      Array.from({ length: 20_000 }, (_, i) =>
        seen(`jira:site${i % 7}.atlassian.net:PAY-${i}`, new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()),
      ),
    );
    const aligned = new Set(work.filter((_, i) => i % 3 === 0).map((item) => item.id));
    const reasons = new Map([...aligned].map((id) => [id, 'link' as const]));
    const started = performance.now();
    const [jira] = trackerCoverage(work, aligned, reasons);
    expect(performance.now() - started).toBeLessThan(200);
    expect(jira).toMatchObject({
      seen: 20_000,
      aligned: aligned.size,
      byReason: { link: aligned.size, rule: 0, inherited: 0 },
    });
    expect(jira!.sites).toHaveLength(7);
  });
});
