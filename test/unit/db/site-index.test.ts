import { describe, expect, it } from 'vitest';
import { importPack } from '../../../lib/db/pack-io';
import { buildSiteIndex } from '../../../lib/db/site-index';
import { pageScope } from '../../../lib/messages/site-scope';
import type { Tracker } from '../../../lib/model/item-id';
import { freshDatabase, NOW, parsed, smallPackInput } from './test-database';

const options = { now: NOW, staleAfterDays: 45 };

async function database() {
  const input = smallPackInput();
  const link = (id: string, itemId: string, objectiveId = 'ob-grow-1') => ({
    id,
    itemId,
    objectiveId,
    note: 'why this matters',
    createdBy: 'Dana',
    createdAt: '2026-11-02T09:00:00.000Z',
  });
  input.links = [
    ...(input.links ?? []),
    link('ln-other-tenant', 'jira:acme.atlassian.net.evil.test:PAY-1'),
    link('ln-server', 'jira:jira.example.test:8443/jira:OPS-1'),
    link('ln-server-other-port', 'jira:jira.example.test:OPS-2'),
    link('ln-contoso', 'azure-devops:dev.azure.com/contoso:12', 'ob-grow-2'),
    link('ln-fabrikam', 'azure-devops:dev.azure.com/fabrikam:12'),
  ];
  input.rules = [
    ...(input.rules ?? []),
    {
      id: 'ru-any-jira',
      objectiveId: 'ob-grow-2',
      tracker: 'jira',
      match: { kind: 'project', value: 'OPS' },
      enabled: true,
    },
    {
      id: 'ru-off',
      objectiveId: 'ob-grow-2',
      tracker: 'jira',
      match: { kind: 'project', value: 'PAY' },
      enabled: false,
    },
    {
      id: 'ru-contoso',
      objectiveId: 'ob-grow-1',
      tracker: 'azure-devops',
      site: 'contoso.visualstudio.com',
      match: { kind: 'area-path', value: 'Platform' },
      enabled: true,
    },
  ];
  const db = freshDatabase();
  await importPack(db, parsed(input), 'replace');
  return db;
}

async function indexFor(tracker: Tracker, page: string) {
  const url = new URL(page);
  return buildSiteIndex(await database(), tracker, url, pageScope(tracker, url)!, options);
}

describe('buildSiteIndex', () => {
  it("holds the page's own links, without notes or authors, its tracker's enabled rules, and their objectives", async () => {
    const index = await indexFor('jira', 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1');
    expect(index.tracker).toBe('jira');
    expect(index.pageUrl).toBe('https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1');
    expect(index.links).toEqual([
      {
        id: 'ln-1',
        itemId: 'jira:acme.atlassian.net:PAY-42',
        objectiveId: 'ob-grow-2',
        targetId: 'bt-ssr',
        createdAt: '2026-11-02T09:00:00.000Z',
      },
    ]);
    expect(index.rules.map((rule) => rule.id).sort()).toEqual(['ru-1', 'ru-any-jira']);
    expect(Object.keys(index.objectives).sort()).toEqual(['ob-grow-1', 'ob-grow-2']);
    expect(index.objectives['ob-grow-2']).toMatchObject({ code: 'GROW-2', themeName: 'Growth' });
    expect(index.objectives['ob-grow-2']?.targets[0]).toMatchObject({ id: 'bt-ssr', stale: false });
  });

  it('covers every Jira on a Data Center host and port, and nothing on another port', async () => {
    const index = await indexFor('jira', 'https://jira.example.test:8443/jira/browse/OPS-1');
    expect(index.links.map((link) => link.id)).toEqual(['ln-server']);
    // The acme.atlassian.net rule names another site; the one with no site applies everywhere.
    expect(index.rules.map((rule) => rule.id)).toEqual(['ru-any-jira']);
  });

  it('keeps to one Azure DevOps organization, in either spelling of its address', async () => {
    const index = await indexFor('azure-devops', 'https://contoso.visualstudio.com/Platform/_boards/board/t/Team');
    expect(index.links.map((link) => link.id)).toEqual(['ln-contoso']);
    expect(index.rules.map((rule) => rule.id)).toEqual(['ru-contoso']);
    expect(Object.keys(index.objectives).sort()).toEqual(['ob-grow-1', 'ob-grow-2']);
  });

  it('is empty for a site with nothing stored', async () => {
    const index = await indexFor('asana', 'https://app.asana.com/0/1/2');
    expect(index).toMatchObject({ links: [], rules: [], objectives: {} });
  });

  it('says whether any strategy exists, even where it names nothing of the site', async () => {
    expect((await indexFor('asana', 'https://app.asana.com/0/1/2')).strategy).toBe(true);
    const url = new URL('https://app.asana.com/0/1/2');
    const empty = await buildSiteIndex(freshDatabase(), 'asana', url, pageScope('asana', url)!, options);
    expect(empty.strategy).toBe(false);
  });
});
