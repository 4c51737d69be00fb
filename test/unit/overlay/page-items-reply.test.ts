import { describe, expect, it } from 'vitest';
import type { ItemAlignment, ObjectiveSummary } from '../../../lib/model/annotation';
import type { PageItem } from '../../../lib/overlay/page-items';
import { pageItemsReply } from '../../../lib/overlay/page-items-reply';

function item(key: string, kind: PageItem['kind'], resolution: PageItem['resolution']): PageItem {
  return {
    id: `jira:acme.atlassian.net:${key}`,
    ref: { tracker: 'jira', site: 'acme.atlassian.net', key },
    kind,
    title: `Title of ${key}`,
    url: `https://acme.atlassian.net/browse/${key}`,
    resolution,
  } as PageItem;
}

const GROW = { id: 'obj-grow', code: 'GROW-1' } as ObjectiveSummary;

describe('pageItemsReply', () => {
  it('tells each item once, its answer, whether it counts, and the objectives its answers name', () => {
    const aligned = item('PAY-1', 'card', [{ objectiveId: 'obj-grow', via: 'link' } as ItemAlignment]);
    const open = item('PAY-1', 'detail', aligned.resolution);
    const waiting = item('PAY-2', 'card', 'pending');
    const unaligned = item('PAY-3', 'card', []);
    const reply = pageItemsReply(
      [aligned, open, waiting, unaligned],
      (candidate) => candidate !== unaligned,
      (id) => (id === 'obj-grow' ? GROW : undefined),
    );
    expect(reply.tracker).toBe('jira');
    expect(reply.site).toBe('acme.atlassian.net');
    expect(reply.views).toEqual(['card']);
    expect(reply.items.map((entry) => [entry.id.split(':')[2], entry.state, entry.listed])).toEqual([
      ['PAY-1', 'aligned', true],
      ['PAY-2', 'pending', true],
      ['PAY-3', 'unaligned', false],
    ]);
    expect(reply.objectives).toEqual({ 'obj-grow': GROW });
  });

  it('answers an empty page with no tracker, site, view or item', () => {
    expect(
      pageItemsReply(
        [],
        () => false,
        () => undefined,
      ),
    ).toEqual({
      tracker: '',
      site: '',
      views: [],
      items: [],
      objectives: {},
    });
  });
});
