import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { createHandlers } from '../../../lib/messages/handlers';

const sample = JSON.parse(readFileSync(new URL('../../fixtures/sample-pack.json', import.meta.url), 'utf8'));

function setup() {
  const db = createDatabase(`handlers-${crypto.randomUUID()}`);
  const notify = vi.fn();
  const handlers = createHandlers({ db, notify, now: () => new Date('2026-11-25T10:00:00Z'), version: '9.9.9' });
  return { db, notify, handlers };
}

describe('background handlers', () => {
  it('imports a pack, answers annotations from it, and tells open pages', async () => {
    const { handlers, notify } = setup();
    await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' });
    expect(notify).toHaveBeenCalledWith('catalogue');
    const id = 'jira:acme.atlassian.net:PAY-1';
    const result = await handlers.annotate({
      type: 'annotate',
      items: [{ id }, { id: 'jira:acme.atlassian.net:PAY-999' }],
    });
    expect(result.items[id]?.length).toBeGreaterThan(0);
    expect(result.items['jira:acme.atlassian.net:PAY-999']).toEqual([]);
  });

  it('refuses a broken pack with its reasons and changes nothing', async () => {
    const { handlers, notify } = setup();
    await expect(
      handlers.importPack({ type: 'importPack', pack: { ...sample, version: 2 }, mode: 'replace' }),
    ).rejects.toThrow(/version 2/);
    expect(notify).not.toHaveBeenCalled();
    expect((await handlers.exportPack({ type: 'exportPack' })).pack.objectives).toEqual([]);
  });

  it('links idempotently and notifies only when something changed', async () => {
    const { handlers, notify } = setup();
    await handlers.importPack({ type: 'importPack', pack: sample, mode: 'replace' });
    notify.mockClear();
    const itemId = 'jira:acme.atlassian.net:PAY-77';
    const objectiveId = sample.objectives[0].id;
    const first = await handlers.link({ type: 'link', itemId, objectiveId });
    const again = await handlers.link({ type: 'link', itemId, objectiveId });
    expect([first.created, again.created]).toEqual([true, false]);
    expect((await handlers.unlink({ type: 'unlink', itemId, objectiveId })).removed?.id).toBe(first.link.id);
    notify.mockClear();
    expect((await handlers.unlink({ type: 'unlink', itemId, objectiveId })).removed).toBeNull();
    expect(notify).not.toHaveBeenCalled();
  });

  it('keeps the settings it answers with in step with saved changes', async () => {
    const { handlers } = setup();
    expect((await handlers.getSettings({ type: 'getSettings' })).staleAfterDays).toBe(45);
    await handlers.saveSettings({ type: 'saveSettings', settings: { staleAfterDays: 10 } });
    const settings = await handlers.getSettings({ type: 'getSettings' });
    expect(settings.staleAfterDays).toBe(10);
    expect(settings.density).toBe('compact');
  });
});
