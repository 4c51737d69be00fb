import { describe, expect, it } from 'vitest';
import { seenWork } from '../../../lib/dashboard/seen-work';
import { seen } from './fixtures';

describe('seenWork', () => {
  it('reads each id into tracker, site and key, newest first', () => {
    const work = seenWork([
      seen('jira:acme.atlassian.net:PAY-1', '2026-11-01T10:00:00.000Z', { title: 'Checkout', status: 'To Do' }),
      seen('azure-devops:dev.azure.com/contoso:101', '2026-11-03T10:00:00.000Z'),
      seen('asana:app.asana.com:1209000000000101', '2026-11-02T10:00:00.000Z'),
    ]);
    expect(work.map((item) => item.id)).toEqual([
      'azure-devops:dev.azure.com/contoso:101',
      'asana:app.asana.com:1209000000000101',
      'jira:acme.atlassian.net:PAY-1',
    ]);
    expect(work[2]).toEqual({
      id: 'jira:acme.atlassian.net:PAY-1',
      tracker: 'jira',
      site: 'acme.atlassian.net',
      key: 'PAY-1',
      title: 'Checkout',
      status: 'To Do',
      url: 'https://acme.atlassian.net/browse/PAY-1',
      lastSeen: '2026-11-01T10:00:00.000Z',
    });
  });

  it('ignores items of unknown trackers and ids that do not parse', () => {
    const work = seenWork([
      seen('github:github.com:1'),
      seen('jira:acme.atlassian.net:not-a-key'),
      seen('nonsense'),
      seen('jira:acme.atlassian.net:PAY-2'),
    ]);
    expect(work.map((item) => item.key)).toEqual(['PAY-2']);
  });

  it('counts two spellings of one item once, as the one seen last', () => {
    const work = seenWork([
      seen('azure-devops:contoso.visualstudio.com:7', '2026-11-05T10:00:00.000Z', { title: 'New' }),
      seen('azure-devops:dev.azure.com/contoso:7', '2026-11-01T10:00:00.000Z', { title: 'Old' }),
    ]);
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ id: 'azure-devops:dev.azure.com/contoso:7', title: 'New' });
  });

  it('orders equal times by id, and an unreadable time last', () => {
    const work = seenWork([
      seen('jira:acme.atlassian.net:PAY-3', 'garbage'),
      seen('jira:acme.atlassian.net:PAY-2', '2026-11-01T10:00:00.000Z'),
      seen('jira:acme.atlassian.net:PAY-1', '2026-11-01T10:00:00.000Z'),
    ]);
    expect(work.map((item) => item.key)).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
  });

  it('is empty for no items', () => {
    expect(seenWork([])).toEqual([]);
  });
});
