import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { NO_FACTS_NOTES } from '../../../lib/facts/facts-notes';
import { createHandlers } from '../../../lib/messages/handlers';

const sample = JSON.parse(readFileSync(new URL('../../fixtures/sample-pack.json', import.meta.url), 'utf8'));

const PAGE = { kind: 'page' } as const;

function setup() {
  const db = createDatabase(`handlers-${crypto.randomUUID()}`);
  const notify = vi.fn();
  const factsFetched = vi.fn();
  const handlers = createHandlers({
    db,
    notify,
    factsFetched,
    now: () => new Date('2026-11-25T10:00:00Z'),
    version: '9.9.9',
  });
  return { db, notify, handlers, factsFetched };
}

describe('background handlers', () => {
  it('imports a pack, answers annotations from it, and tells open pages', async () => {
    const { handlers, notify } = setup();
    await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' }, PAGE);
    expect(notify).toHaveBeenCalledWith('catalogue');
    const id = 'jira:acme.atlassian.net:PAY-1';
    const result = await handlers.annotate(
      { type: 'annotate', items: [{ id }, { id: 'jira:acme.atlassian.net:PAY-999' }] },
      PAGE,
    );
    expect(result.items[id]?.length).toBeGreaterThan(0);
    expect(result.items['jira:acme.atlassian.net:PAY-999']).toEqual([]);
  });

  it('refuses a broken pack with its reasons and changes nothing', async () => {
    const { handlers, notify } = setup();
    await expect(
      handlers.importPack({ type: 'importPack', pack: { ...sample, version: 3 }, mode: 'replace' }, PAGE),
    ).rejects.toThrow(/version 3/);
    expect(notify).not.toHaveBeenCalled();
    expect((await handlers.exportPack({ type: 'exportPack' }, PAGE)).pack.objectives).toEqual([]);
  });

  it('links idempotently and notifies only when something changed', async () => {
    const { handlers, notify } = setup();
    await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' }, PAGE);
    notify.mockClear();
    const itemId = 'jira:acme.atlassian.net:PAY-77';
    const objectiveId = sample.objectives[0].id;
    const first = await handlers.link({ type: 'link', itemId, objectiveId }, PAGE);
    const again = await handlers.link({ type: 'link', itemId, objectiveId }, PAGE);
    expect([first.created, again.created]).toEqual([true, false]);
    expect((await handlers.unlink({ type: 'unlink', itemId, objectiveId }, PAGE)).removed?.id).toBe(first.link.id);
    notify.mockClear();
    expect((await handlers.unlink({ type: 'unlink', itemId, objectiveId }, PAGE)).removed).toBeNull();
    expect(notify).not.toHaveBeenCalled();
  });

  it('keeps the settings it answers with in step with saved changes', async () => {
    const { handlers } = setup();
    expect((await handlers.getSettings({ type: 'getSettings' }, PAGE)).staleAfterDays).toBe(45);
    await handlers.saveSettings({ type: 'saveSettings', settings: { staleAfterDays: 10 } }, PAGE);
    const settings = await handlers.getSettings({ type: 'getSettings' }, PAGE);
    expect(settings.staleAfterDays).toBe(10);
    expect(settings.density).toBe('compact');
  });

  it('asks a content script to fetch facts only of its own site, and stores what it brings back', async () => {
    const { db, handlers, notify } = setup();
    await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' }, PAGE);
    const tab = {
      kind: 'content-script' as const,
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1',
    };
    const own = 'jira:acme.atlassian.net:PAY-77';
    const foreign = 'jira:other.atlassian.net:PAY-77';
    const asked = await handlers.annotate({ type: 'annotate', items: [{ id: own }, { id: foreign }] }, tab);
    expect(asked.fetch).toEqual([own]);
    expect(asked.facts).toEqual({ fetching: [own], unavailable: [] });

    await expect(
      handlers.recordFacts(
        { type: 'recordFacts', facts: [{ id: foreign, facts: { labels: ['checkout'] } }], failures: [] },
        tab,
      ),
    ).rejects.toThrow(`Refused: ${foreign} is not an item of this page's site.`);
    // Each site is judged once a request: an own item before a foreign one does not let the foreign one by.
    const mixed = [own, 'jira:acme.atlassian.net:PAY-78', foreign].map((id) => ({ id, facts: { labels: ['x'] } }));
    await expect(handlers.recordFacts({ type: 'recordFacts', facts: mixed, failures: [] }, tab)).rejects.toThrow(
      `Refused: ${foreign} is not an item of this page's site.`,
    );
    expect(await db.facts.bulkGet([own, foreign])).toEqual([undefined, undefined]);

    await handlers.recordFacts(
      { type: 'recordFacts', facts: [{ id: own, facts: { labels: ['checkout'] } }], failures: [] },
      tab,
    );
    expect(notify).toHaveBeenCalledWith('facts');
    const after = await handlers.annotate({ type: 'annotate', items: [{ id: own }] }, PAGE);
    expect(after.items[own]).toEqual([
      expect.objectContaining({ objectiveId: 'ob-grow-2', via: 'rule', ruleId: 'ru-checkout-label' }),
    ]);
    expect(after.facts).toEqual(NO_FACTS_NOTES);
  });

  it('hands fetched facts round, saying which frame brought them (it has them already)', async () => {
    const { handlers, factsFetched } = setup();
    const frame = { tabId: 4, frameId: 0 };
    const tab = {
      kind: 'content-script' as const,
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1',
      frame,
    };
    const id = 'jira:acme.atlassian.net:PAY-77';
    await handlers.recordFacts(
      { type: 'recordFacts', facts: [{ id, facts: { labels: ['checkout'] } }], failures: [] },
      tab,
    );
    expect(factsFetched).toHaveBeenCalledExactlyOnceWith(
      [{ id, facts: { labels: ['checkout'] }, fetchedAt: '2026-11-25T10:00:00.000Z' }],
      frame,
    );
  });

  it('remembers why facts could not be fetched, for the popup to say', async () => {
    const { handlers } = setup();
    const tab = { kind: 'content-script' as const, url: 'https://acme.atlassian.net/browse/PAY-1' };
    const id = 'jira:acme.atlassian.net:PAY-1';
    await handlers.annotate({ type: 'annotate', items: [{ id }] }, tab);
    await handlers.recordFacts(
      {
        type: 'recordFacts',
        facts: [],
        failures: [{ ids: [id], reason: 'signed out of the tracker (HTTP 401)', wholeSite: true }],
      },
      tab,
    );
    const popup = await handlers.annotate(
      { type: 'annotate', items: [{ id }, { id: 'jira:acme.atlassian.net:PAY-2' }] },
      PAGE,
    );
    expect(popup.facts).toEqual({
      fetching: [],
      unavailable: [{ reason: 'signed out of the tracker (HTTP 401)', ids: [id, 'jira:acme.atlassian.net:PAY-2'] }],
    });
    expect((await handlers.annotate({ type: 'annotate', items: [{ id }] }, tab)).fetch).toEqual([]);
  });

  it("lets a content script exclude and restore only its own site's items", async () => {
    const { handlers } = setup();
    await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' }, PAGE);
    const tab = { kind: 'content-script' as const, url: 'https://acme.atlassian.net/browse/PAY-1' };
    await expect(
      handlers.exclude({ type: 'exclude', itemId: 'jira:evil.atlassian.net:PAY-1', objectiveId: 'ob-grow-2' }, tab),
    ).rejects.toThrow('Refused');
    const made = await handlers.exclude(
      { type: 'exclude', itemId: 'jira:acme.atlassian.net:PAY-1', objectiveId: 'ob-grow-2' },
      tab,
    );
    expect(made.created).toBe(true);
    const lifted = await handlers.unexclude(
      { type: 'unexclude', itemId: 'jira:acme.atlassian.net:PAY-1', objectiveId: 'ob-grow-2' },
      tab,
    );
    expect(lifted.removed).toEqual(made.exclusion);
    expect(
      (await handlers.restoreExclusions({ type: 'restoreExclusions', exclusions: [made.exclusion] }, tab)).restored,
    ).toBe(1);
  });
});

describe('overlay parts', () => {
  it("injects a part's script into the asking tab's frame, and only for a content script", async () => {
    const db = createDatabase(`parts-${crypto.randomUUID()}`);
    const injectScript = vi.fn(async () => {});
    const handlers = createHandlers({ db, notify: vi.fn(), now: () => new Date(), version: '1', injectScript });
    const tab = {
      kind: 'content-script' as const,
      url: 'https://acme.atlassian.net/browse/PAY-1',
      frame: { tabId: 7, frameId: 3 },
    };
    expect(await handlers.loadOverlayPart({ type: 'loadOverlayPart', part: 'ui' }, tab)).toEqual({ loaded: true });
    expect(injectScript).toHaveBeenCalledWith({ tabId: 7, frameId: 3 }, '/overlay-ui.js');
    await expect(handlers.loadOverlayPart({ type: 'loadOverlayPart', part: 'facts' }, PAGE)).rejects.toThrow(
      'Only a tracker tab loads parts of the overlay.',
    );
    expect(injectScript).toHaveBeenCalledTimes(1);
  });
});
