import { describe, expect, it } from 'vitest';
import { hostScope } from '../../../lib/messages/site-scope';
import { IdMap } from '../../../lib/model/id-map';
import { keptParses } from '../../../lib/model/item-id';
import { createResolveStage } from '../../../lib/overlay/resolve';

// A site no other test names: none of its ids was parsed before.
const HOST = 'parts-of-items.atlassian.net';
const SITE = `jira:${HOST}`;
const ref = (key: string) => ({ tracker: 'jira' as const, site: HOST, key });

describe('resolve stage, items in parts', () => {
  // A board's 20,000 cards each kept a parse of their id (an object and two strings) that the page's item already
  // holds: in a tab, those survivors made every young-generation collection of a big board's load dearer.
  it('resolves a page item from the parts it carries, parsing only the ids of ancestors it names', () => {
    const stage = createResolveStage(hostScope);
    stage.load({
      head: {
        tracker: 'jira',
        pageUrl: `https://${HOST}/jira/software/c/projects/PAY/boards/1`,
        rules: [
          {
            id: 'ru-1',
            name: 'Checkout',
            objectiveId: 'ob-1',
            tracker: 'jira',
            match: { kind: 'label', value: 'checkout' },
            enabled: true,
          },
        ],
        keyPatterns: [],
        exclusions: [],
        notInherited: [],
        strategy: true,
        objectives: { 'ob-1': { id: 'ob-1', code: 'A-1', title: 'A', status: 'active', targets: [] } },
      },
      links: [{ id: 'ln-1', itemId: `${SITE}:PAY-1`, objectiveId: 'ob-1', createdAt: '2026-11-01T00:00:00.000Z' }],
      facts: new IdMap(),
    });
    const kept = keptParses();
    const answers = stage.resolve([
      { id: `${SITE}:PAY-1`, ref: ref('PAY-1') },
      { id: `${SITE}:PAY-2`, ref: ref('PAY-2'), facts: { labels: ['checkout'], status: 'Done' } },
      { id: `${SITE}:PAY-3`, ref: ref('PAY-3'), facts: { status: 'To Do' } },
    ]);
    expect(answers).toEqual([
      [expect.objectContaining({ objectiveId: 'ob-1', via: 'link' })],
      [expect.objectContaining({ objectiveId: 'ob-1', via: 'rule', ruleId: 'ru-1' })],
      [],
    ]);
    expect(stage.factsRead(`${SITE}:PAY-2`)).toEqual([`${SITE}:PAY-2`]);
    expect(keptParses()).toBe(kept);

    // A card naming its parent: ids are parsed to walk up to the parent (its own, to name the parent's; the parent's).
    const [child] = stage.resolve([{ id: `${SITE}:PAY-4`, ref: ref('PAY-4'), facts: { parent: 'PAY-1' } }]);
    expect(child).toEqual([expect.objectContaining({ objectiveId: 'ob-1', via: 'inherited' })]);
    expect(keptParses()).not.toBe(kept);
  });
});
