import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/messages/handlers';
import { subscribe } from '../../../lib/subscriptions/refresh';
import { packBody, packServer } from '../subscriptions/pack-server';
import { freshDatabase, NOW, seededDatabase, smallPackInput } from './test-database';

const PAGE = { kind: 'page' } as const;

function handlersOf(db: Awaited<ReturnType<typeof seededDatabase>>) {
  return createHandlers({ db, notify: vi.fn(), now: () => NOW, version: '1' });
}

describe('saving a record', () => {
  it('refuses a save from a stale copy with "changed elsewhere", and overwrites when asked', async () => {
    const db = await seededDatabase();
    const handlers = handlersOf(db);
    const loaded = (await db.themes.get('th-growth'))!;
    await handlers.saveRecord(
      {
        type: 'saveRecord',
        list: 'themes',
        record: { ...loaded, name: 'Tab one' },
        base: loaded,
      },
      PAGE,
    );
    const stale = handlers.saveRecord(
      {
        type: 'saveRecord',
        list: 'themes',
        record: { ...loaded, name: 'Tab two' },
        base: loaded,
      },
      PAGE,
    );
    await expect(stale).rejects.toThrow(/^This record was changed elsewhere .*Reload .* or Overwrite/);
    expect((await db.themes.get('th-growth'))?.name).toBe('Tab one');
    await handlers.saveRecord({ type: 'saveRecord', list: 'themes', record: { ...loaded, name: 'Tab two' } }, PAGE);
    expect((await db.themes.get('th-growth'))?.name).toBe('Tab two');
  });

  it('refuses a save from a copy of a record deleted since', async () => {
    const db = await seededDatabase();
    const handlers = handlersOf(db);
    const loaded = (await db.rules.get('ru-1'))!;
    await handlers.deleteRecord({ type: 'deleteRecord', list: 'rules', id: 'ru-1' }, PAGE);
    await expect(
      handlers.saveRecord(
        { type: 'saveRecord', list: 'rules', record: { ...loaded, enabled: false }, base: loaded },
        PAGE,
      ),
    ).rejects.toThrow(/changed elsewhere: it was deleted/);
  });

  it('refuses to change or delete what a subscribed pack holds', async () => {
    const db = freshDatabase();
    const server = packServer({ body: packBody(smallPackInput()) });
    await subscribe(db, 'https://packs.example.test/p.json', NOW, server.fetch);
    const handlers = handlersOf(db);
    const { layer: _layer, ...theme } = (await db.themes.get('th-growth'))!;
    await expect(
      handlers.saveRecord({ type: 'saveRecord', list: 'themes', record: { ...theme, name: 'Mine now' } }, PAGE),
    ).rejects.toThrow(/subscribed pack “Test strategy” and is read-only/);
    await expect(
      handlers.deleteRecord({ type: 'deleteRecord', list: 'objectives', id: 'ob-grow-1' }, PAGE),
    ).rejects.toThrow(/read-only/);
    await expect(
      handlers.unlink({ type: 'unlink', itemId: 'jira:acme.atlassian.net:PAY-42', objectiveId: 'ob-grow-2' }, PAGE),
    ).rejects.toThrow(/read-only/);
    expect(await db.objectives.count()).toBe(2);
  });
});
