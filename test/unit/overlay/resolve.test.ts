import { describe, expect, it, vi } from 'vitest';
import { annotate } from '../../../lib/db/annotate';
import type { IndexLink } from '../../../lib/db/site-index';
import { buildSiteIndex } from '../../../lib/db/site-index';
import { pageScope } from '../../../lib/messages/site-scope';
import { parseItemId } from '../../../lib/model/item-id';
import { createResolveStage, type LoadedIndex } from '../../../lib/overlay/resolve';
import { NOW, seededDatabase } from '../db/test-database';

const PAGE = new URL('https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1');
const request = (id: string, context?: { labels?: string[] }) => ({ id, ref: parseItemId(id)!, context });

function grouped(links: readonly IndexLink[]): Map<string, IndexLink[]> {
  const byItem = new Map<string, IndexLink[]>();
  for (const link of links) byItem.set(link.itemId, [...(byItem.get(link.itemId) ?? []), link]);
  return byItem;
}

async function loadedFromDatabase() {
  const db = await seededDatabase();
  const options = { now: NOW, staleAfterDays: 45 };
  const { links, ...head } = await buildSiteIndex(db, 'jira', PAGE, pageScope('jira', PAGE)!, options);
  const stage = createResolveStage();
  stage.load({ head, linksByItem: grouped(links) });
  return { db, stage, options };
}

describe('resolve stage', () => {
  it('answers what the background answers, from the index alone', async () => {
    const { db, stage, options } = await loadedFromDatabase();
    const items = [
      request('jira:acme.atlassian.net:PAY-42'),
      request('jira:acme.atlassian.net:WEB-1', { labels: ['Expansion'] }),
      request('jira:acme.atlassian.net:WEB-2'),
    ];
    const background = await annotate(db, items, options);
    expect(stage.resolve(items)).toEqual(items.map((item) => background.items[item.id]));
    for (const id of Object.keys(background.objectives)) expect(stage.objective(id)).toEqual(background.objectives[id]);
  });

  it('leaves items pending until an index has come, and items of another site pending always', async () => {
    const stage = createResolveStage();
    expect(stage.resolve([request('jira:acme.atlassian.net:PAY-42')])).toEqual(['pending']);
    const { stage: loaded } = await loadedFromDatabase();
    expect(loaded.resolve([request('jira:other.atlassian.net:PAY-42'), request('asana:app.asana.com:12')])).toEqual([
      'pending',
      'pending',
    ]);
  });

  it('drops alignments to objectives the index does not describe', () => {
    const stage = createResolveStage();
    const link = (objectiveId: string): IndexLink => ({
      id: `ln-${objectiveId}`,
      itemId: 'jira:acme.atlassian.net:PAY-1',
      objectiveId,
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    const index: LoadedIndex = {
      head: {
        tracker: 'jira',
        pageUrl: PAGE.href,
        rules: [],
        objectives: { 'ob-1': { id: 'ob-1', code: 'A-1', title: 'A', status: 'active', targets: [] } },
      },
      linksByItem: new Map([['jira:acme.atlassian.net:PAY-1', [link('ob-1'), link('ob-gone')]]]),
    };
    stage.load(index);
    expect(stage.resolve([request('jira:acme.atlassian.net:PAY-1')])).toEqual([[{ objectiveId: 'ob-1', via: 'link' }]]);
  });

  it('says when answers may have changed, until unsubscribed', async () => {
    const { stage } = await loadedFromDatabase();
    const listener = vi.fn();
    const stop = stage.onChange(listener);
    const index: LoadedIndex = {
      head: { tracker: 'jira', pageUrl: PAGE.href, rules: [], objectives: {} },
      linksByItem: new Map(),
    };
    stage.load(index);
    stop();
    stage.load(index);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(stage.resolve([request('jira:acme.atlassian.net:PAY-42')])).toEqual([[]]);
  });
});
