import { describe, expect, it, vi } from 'vitest';
import { type AnnotateBatch, alignedItemIds } from '../../../lib/dashboard/aligned-items';

const answer = (aligned: readonly string[]): AnnotateBatch =>
  vi.fn(async (ids: readonly string[]) => ({
    ok: true as const,
    data: {
      items: Object.fromEntries(
        ids.map((id) => [id, aligned.includes(id) ? [{ objectiveId: 'ob-1', via: 'rule' as const }] : []]),
      ),
      objectives: {},
      facts: {},
      fetch: [],
    },
  }));

describe('alignedItemIds', () => {
  it('answers the items with at least one alignment, links or rules alike', async () => {
    const annotate = answer(['a', 'c']);
    const reply = await alignedItemIds(['a', 'b', 'c'], annotate);
    expect(reply).toEqual({ ok: true, data: new Set(['a', 'c']) });
    expect(annotate).toHaveBeenCalledTimes(1);
  });

  it('asks in batches no bigger than the limit, one after another', async () => {
    const ids = Array.from({ length: 12_001 }, (_, i) => `item-${i}`);
    const annotate = answer(['item-0', 'item-12000']);
    const reply = await alignedItemIds(ids, annotate);
    expect(vi.mocked(annotate).mock.calls.map(([batch]) => batch.length)).toEqual([5000, 5000, 2001]);
    expect(reply.ok && [...reply.data]).toEqual(['item-0', 'item-12000']);
  });

  it('asks nothing for no items', async () => {
    const annotate = answer([]);
    expect(await alignedItemIds([], annotate)).toEqual({ ok: true, data: new Set() });
    expect(annotate).not.toHaveBeenCalled();
  });

  it('stops at the first refusal and passes it on', async () => {
    const annotate = vi.fn<AnnotateBatch>(async () => ({ ok: false, error: 'Throughline is not reachable' }));
    expect(await alignedItemIds(['a', 'b', 'c'], annotate, 2)).toEqual({
      ok: false,
      error: 'Throughline is not reachable',
    });
    expect(annotate).toHaveBeenCalledTimes(1);
  });
});
