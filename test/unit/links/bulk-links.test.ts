import { describe, expect, it, vi } from 'vitest';
import { chunks, removeLinksInChunks, restoreLinksInChunks } from '../../../lib/links/bulk-links';
import type { Link } from '../../../lib/model/link';

const link = (n: number): Link => ({
  id: `ln-${n}`,
  itemId: `jira:acme.atlassian.net:PAY-${n}`,
  objectiveId: 'ob-1',
  createdAt: '2026-01-01T00:00:00Z',
});

describe('bulk link requests', () => {
  it('splits a list into parts of at most the given size', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
  });

  it('removes in capped requests and answers everything removed', async () => {
    const remove = vi.fn(async (ids: string[]) => ({
      ok: true as const,
      data: { removed: ids.map((id) => link(Number(id.slice(3)))) },
    }));
    const result = await removeLinksInChunks(['ln-1', 'ln-2', 'ln-3'], 2, remove);
    expect(remove.mock.calls.map(([ids]) => ids)).toEqual([['ln-1', 'ln-2'], ['ln-3']]);
    expect(result).toEqual({ removed: [link(1), link(2), link(3)] });
  });

  it('stops at a refusal and still answers what went, so that undo can bring it back', async () => {
    const remove = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, data: { removed: [link(1)] } })
      .mockResolvedValueOnce({ ok: false, error: 'Throughline is not reachable' });
    const result = await removeLinksInChunks(['ln-1', 'ln-2', 'ln-3'], 1, remove);
    expect(remove).toHaveBeenCalledTimes(2);
    expect(result).toEqual({ removed: [link(1)], error: 'Throughline is not reachable' });
  });

  it('restores in capped requests and adds up the counts', async () => {
    const restore = vi.fn(async (links: Link[]) => ({ ok: true as const, data: { restored: links.length } }));
    expect(await restoreLinksInChunks([link(1), link(2), link(3)], 2, restore)).toEqual({ restored: 3 });
    expect(restore).toHaveBeenCalledTimes(2);
  });

  it('answers a refused restore with its reason', async () => {
    const restore = vi.fn(async () => ({ ok: false as const, error: 'objective deleted' }));
    expect(await restoreLinksInChunks([link(1)], 2, restore)).toEqual({ restored: 0, error: 'objective deleted' });
  });
});
