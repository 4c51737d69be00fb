import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { excludeItem } from '../../../lib/db/exclusions';
import { storeFacts } from '../../../lib/db/facts';
import { saveRule } from '../../../lib/db/rules';
import type { IndexFacts } from '../../../lib/db/site-index';
import { buildSiteIndex, type IndexLink } from '../../../lib/db/site-index';
import { hostScope, pageScope } from '../../../lib/messages/site-scope';
import { IdMap } from '../../../lib/model/id-map';
import type { ItemFacts } from '../../../lib/model/item-facts';
import { parseItemId } from '../../../lib/model/item-id';
import { createResolveStage, type LoadedIndex } from '../../../lib/overlay/resolve';
import { annotateIn, NOW, seededDatabase } from '../db/test-database';

const PAGE = new URL('https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1');
const SITE = 'jira:acme.atlassian.net';
const request = (id: string, facts?: ItemFacts) => ({ id, ref: parseItemId(id)!, ...(facts && { facts }) });

/** The board's site index, as the tab puts it together from the port's parts. */
function factsById(facts: readonly IndexFacts[]): IdMap<IndexFacts> {
  const byId = new IdMap<IndexFacts>();
  for (const entry of facts) byId.set(entry.id, entry);
  return byId;
}

async function siteIndex(db: Awaited<ReturnType<typeof seededDatabase>>): Promise<LoadedIndex> {
  const { links, facts, ...head } = await buildSiteIndex(db, 'jira', PAGE, pageScope('jira', PAGE)!, {
    now: NOW,
    staleAfterDays: 45,
  });
  return { head, links, facts: factsById(facts) };
}

async function loaded(db: Awaited<ReturnType<typeof seededDatabase>>) {
  const stage = createResolveStage(hostScope);
  stage.load(await siteIndex(db));
  return stage;
}

const emptyHead = (): LoadedIndex['head'] => ({
  tracker: 'jira',
  pageUrl: PAGE.href,
  rules: [],
  keyPatterns: [],
  exclusions: [],
  notInherited: [],
  strategy: true,
  objectives: {},
});

describe('resolve stage', () => {
  it('answers what the background answers: links, rules over stored and shown facts, inheritance, exclusions', async () => {
    const db = await seededDatabase();
    // Stored facts: what the tracker's API told (a label the card does not show, parents and epics).
    await storeFacts(db, [
      { id: `${SITE}:PAY-50`, facts: { epic: 'PAY-42' }, fetchedAt: NOW.toISOString(), seenAt: NOW.toISOString() },
      { id: `${SITE}:PAY-51`, facts: { parent: 'PAY-50' }, fetchedAt: NOW.toISOString(), seenAt: NOW.toISOString() },
      {
        id: `${SITE}:WEB-7`,
        facts: { labels: ['expansion'] },
        fetchedAt: NOW.toISOString(),
        seenAt: NOW.toISOString(),
      },
      {
        id: `${SITE}:WEB-8`,
        facts: { labels: ['expansion'] },
        fetchedAt: NOW.toISOString(),
        seenAt: NOW.toISOString(),
      },
    ]);
    await excludeItem(db, { itemId: `${SITE}:WEB-8`, objectiveId: 'ob-grow-1' }, NOW);
    const stage = await loaded(db);
    const items = [
      request(`${SITE}:PAY-42`),
      request(`${SITE}:PAY-50`),
      request(`${SITE}:PAY-51`),
      request(`${SITE}:WEB-1`, { labels: ['Expansion'] }),
      request(`${SITE}:WEB-2`),
      request(`${SITE}:WEB-7`),
      request(`${SITE}:WEB-8`),
      // What the page shows overlays what was stored: this card now shows its epic.
      request(`${SITE}:PAY-60`, { epic: 'PAY-42' }),
    ];
    const inPage = stage.resolve(items);
    const background = await annotateIn(
      db,
      items.map(({ id, facts }) => (facts ? { id, facts } : { id })),
    );
    expect(inPage).toEqual(items.map((item) => background.items[item.id]));
    expect(inPage.filter((answer) => answer !== 'pending' && answer.length > 0)).toHaveLength(6);
    for (const id of Object.keys(background.objectives)) expect(stage.objective(id)).toEqual(background.objectives[id]);
  });

  it('runs key patterns from the programs the background compiled, as they arrive over the port', async () => {
    const db = await seededDatabase();
    const keyRule = (id: string, value: string, syntax: 'regex' | 'glob') =>
      saveRule(db, {
        id,
        objectiveId: 'ob-grow-2',
        tracker: 'jira',
        match: { kind: 'key-pattern', value, syntax },
        enabled: true,
      });
    await keyRule('ru-regex', 'PAY-4\\d$', 'regex');
    await keyRule('ru-glob', 'web-?', 'glob');
    // Stored before patterns were checked: it matches nothing, in the page as in the background.
    await db.rules.put({
      id: 'ru-refused',
      objectiveId: 'ob-grow-1',
      tracker: 'jira',
      match: { kind: 'key-pattern', value: '(a)\\1' },
      enabled: true,
    });
    const { links, facts, ...head } = structuredClone(
      await buildSiteIndex(db, 'jira', PAGE, pageScope('jira', PAGE)!, { now: NOW, staleAfterDays: 45 }),
    );
    expect(head.keyPatterns.map(([id]) => id).sort()).toEqual(['ru-glob', 'ru-regex']);
    const stage = createResolveStage(hostScope);
    stage.load({ head, links, facts: factsById(facts) });
    const items = ['PAY-40', 'PAY-49', 'PAY-4', 'XPAY-41', 'WEB-1', 'WEB-12', 'AB-1'].map((key) =>
      request(`${SITE}:${key}`),
    );
    const inPage = stage.resolve(items);
    const background = await annotateIn(
      db,
      items.map(({ id }) => ({ id })),
    );
    expect(inPage).toEqual(items.map((item) => background.items[item.id]));
    const byRule = (answer: (typeof inPage)[number]) =>
      answer === 'pending' ? [] : answer.filter((alignment) => alignment.objectiveId === 'ob-grow-2');
    expect(inPage.map((answer) => byRule(answer).length)).toEqual([1, 1, 0, 1, 1, 0, 0]);
  });

  it('takes in the facts the tracker answers later, and says so', async () => {
    const db = await seededDatabase();
    const stage = await loaded(db);
    const listener = vi.fn();
    stage.onChange(listener);
    expect(stage.resolve([request(`${SITE}:WEB-9`)])).toEqual([[]]);
    stage.addFacts([{ id: `${SITE}:WEB-9`, facts: { labels: ['expansion'] }, fetchedAt: NOW.toISOString() }]);
    expect(listener).toHaveBeenCalledWith('facts', new Set([`${SITE}:WEB-9`]));
    expect(stage.fetchedAt(`${SITE}:WEB-9`)).toBe(NOW.toISOString());
    expect(stage.resolve([request(`${SITE}:WEB-9`)])).toEqual([
      [expect.objectContaining({ objectiveId: 'ob-grow-1', via: 'rule', ruleId: 'ru-1' })],
    ]);
  });

  it('says whose answers read which facts, as the facts stand now: shown, fetched later, or a new index', async () => {
    const stage = await loaded(await seededDatabase());
    const reads = (key: string, ...of: string[]) =>
      stage.factsRead(`${SITE}:${key}`).some((read) => of.map((other) => `${SITE}:${other}`).includes(read));
    stage.resolve([request(`${SITE}:PAY-60`, { parent: 'PAY-61' })]);
    expect([reads('PAY-60', 'PAY-60'), reads('PAY-60', 'PAY-61'), reads('PAY-60', 'PAY-62')]).toEqual([
      true,
      true,
      false,
    ]);
    // The tracker names the parent's epic; then the page shows the card under another parent.
    stage.addFacts([{ id: `${SITE}:PAY-61`, facts: { epic: 'PAY-62' }, fetchedAt: NOW.toISOString() }]);
    expect(reads('PAY-60', 'PAY-62')).toBe(true);
    stage.resolve([request(`${SITE}:PAY-60`, { parent: 'PAY-70' })]);
    expect([reads('PAY-60', 'PAY-61'), reads('PAY-60', 'PAY-62'), reads('PAY-60', 'PAY-70')]).toEqual([
      false,
      false,
      true,
    ]);
    stage.addFacts([{ id: `${SITE}:PAY-70`, facts: { parent: 'PAY-71' }, fetchedAt: NOW.toISOString() }]);
    expect(reads('PAY-60', 'PAY-71')).toBe(true);
    // A card that names no ancestor, until the tracker names its parent; the page's facts, naming none, leave it.
    stage.resolve([request(`${SITE}:PAY-80`, { labels: ['web'] })]);
    expect(stage.factsRead(`${SITE}:PAY-80`)).toEqual([`${SITE}:PAY-80`]);
    stage.addFacts([{ id: `${SITE}:PAY-80`, facts: { parent: 'PAY-81' }, fetchedAt: NOW.toISOString() }]);
    expect(reads('PAY-80', 'PAY-81')).toBe(true);
    stage.resolve([request(`${SITE}:PAY-80`, { labels: ['web', 'mobile'] })]);
    expect(reads('PAY-80', 'PAY-81')).toBe(true);
    // A new index brings its own stored facts: what was fetched into the old one is not assumed.
    stage.load(await siteIndex(await seededDatabase()));
    expect([reads('PAY-60', 'PAY-70'), reads('PAY-60', 'PAY-71')]).toEqual([true, false]);
  });

  it('leaves items pending until an index has come, and items of another site pending always', async () => {
    const stage = createResolveStage(hostScope);
    expect(stage.resolve([request(`${SITE}:PAY-42`)])).toEqual(['pending']);
    const ready = await loaded(await seededDatabase());
    expect(ready.resolve([request('jira:other.atlassian.net:PAY-42'), request('asana:app.asana.com:12')])).toEqual([
      'pending',
      'pending',
    ]);
  });

  it('drops alignments to objectives the index does not describe', () => {
    const stage = createResolveStage(hostScope);
    const link = (objectiveId: string): IndexLink => ({
      id: `ln-${objectiveId}`,
      itemId: `${SITE}:PAY-1`,
      objectiveId,
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    stage.load({
      head: {
        ...emptyHead(),
        objectives: { 'ob-1': { id: 'ob-1', code: 'A-1', title: 'A', status: 'active', targets: [] } },
      },
      links: [link('ob-1'), link('ob-gone')],
      facts: new IdMap(),
    });
    expect(stage.resolve([request(`${SITE}:PAY-1`)])).toEqual([
      [{ objectiveId: 'ob-1', via: 'link', linkedAt: '2026-11-01T00:00:00.000Z' }],
    ]);
  });

  it('says when answers may have changed, until unsubscribed', async () => {
    const stage = await loaded(await seededDatabase());
    const listener = vi.fn();
    const stop = stage.onChange(listener);
    const index: LoadedIndex = { head: emptyHead(), links: [], facts: new IdMap() };
    stage.load(index);
    stop();
    stage.load(index);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('index', null);
    expect(stage.resolve([request(`${SITE}:PAY-42`)])).toEqual([[]]);
  });

  it('answers a card the page re-creates from its last answer, until any facts change', async () => {
    const stage = await loaded(await seededDatabase());
    const card = `${SITE}:WEB-3`;
    const [first] = stage.resolve([request(card, { labels: ['expansion'] })]);
    expect(first).toEqual([expect.objectContaining({ objectiveId: 'ob-grow-1', via: 'rule' })]);
    // The same card re-created, showing the same facts: the answer it had, not worked out again.
    expect(stage.resolve([request(card, { labels: ['expansion'] })])[0]).toBe(first);
    expect(stage.resolve([request(card)])[0]).toBe(first);
    // Another card's facts, shown or fetched, may be this one's ancestor's: the answer is worked out again.
    stage.resolve([request(`${SITE}:WEB-4`, { labels: ['other'] })]);
    const [again] = stage.resolve([request(card)]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    stage.addFacts([{ id: `${SITE}:WEB-5`, facts: {}, fetchedAt: NOW.toISOString() }]);
    expect(stage.resolve([request(card)])[0]).not.toBe(again);
    // Its own facts change: so does its answer.
    expect(stage.resolve([request(card, { labels: ['other'] })])).toEqual([[]]);
  });

  it('answers from what it kept exactly what a fresh resolve of the same facts answers', async () => {
    const { links, facts, ...head } = await buildSiteIndex(
      await seededDatabase(),
      'jira',
      PAGE,
      pageScope('jira', PAGE)!,
      { now: NOW, staleAfterDays: 45 },
    );
    const fresh = () => {
      const stage = createResolveStage(hostScope);
      stage.load({ head, links, facts: factsById(facts) });
      return stage;
    };
    const keys = ['PAY-42', 'PAY-1', 'PAY-2', 'PAY-3'];
    const key = fc.constantFrom(...keys);
    const itemFacts = fc.record(
      { labels: fc.constantFrom('expansion', 'other').map((label) => [label]), parent: key, epic: key },
      { requiredKeys: [] },
    );
    const step = fc.oneof(
      fc.record({ shown: fc.array(fc.tuple(key, fc.option(itemFacts, { nil: undefined })), { maxLength: 4 }) }),
      fc.record({ fetched: fc.tuple(key, itemFacts) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const kept = fresh();
        const shown = new Map<string, ItemFacts>();
        const fetched: IndexFacts[] = [];
        for (const one of steps) {
          if ('fetched' in one) {
            const entry = { id: `${SITE}:${one.fetched[0]}`, facts: one.fetched[1], fetchedAt: NOW.toISOString() };
            fetched.push(entry);
            kept.addFacts([entry]);
            continue;
          }
          for (const [key, facts] of one.shown) if (facts) shown.set(key, facts);
          kept.resolve(one.shown.map(([key, facts]) => request(`${SITE}:${key}`, facts)));
        }
        const reference = fresh();
        reference.addFacts(fetched);
        const answers = reference.resolve(keys.map((key) => request(`${SITE}:${key}`, shown.get(key))));
        expect(kept.resolve(keys.map((key) => request(`${SITE}:${key}`)))).toEqual(answers);
      }),
    );
  });
});
