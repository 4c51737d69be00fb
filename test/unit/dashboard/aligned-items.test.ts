import { describe, expect, it, vi } from 'vitest';
import { type AnnotateBatch, seenAlignment } from '../../../lib/dashboard/aligned-items';

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

describe('seenAlignment', () => {
  it("answers the aligned items, the objectives they serve, and each item's most deliberate reason", async () => {
    const annotate = answer(['a', 'c']);
    const reply = await seenAlignment(['a', 'b', 'c'], annotate);
    expect(reply).toEqual({
      ok: true,
      data: {
        aligned: new Set(['a', 'c']),
        served: new Set(['ob-1']),
        reasons: new Map([
          ['a', 'rule'],
          ['c', 'rule'],
        ]),
      },
    });
    expect(annotate).toHaveBeenCalledTimes(1);
  });

  it("prefers a link to a rule and a rule to inheritance as an item's reason", async () => {
    const annotate = vi.fn<AnnotateBatch>(async () => ({
      ok: true,
      data: {
        items: {
          a: [
            { objectiveId: 'ob-1', via: 'inherited' },
            { objectiveId: 'ob-2', via: 'link' },
          ],
          b: [
            { objectiveId: 'ob-3', via: 'inherited' },
            { objectiveId: 'ob-1', via: 'rule' },
          ],
        },
        objectives: {},
        facts: {},
        fetch: [],
      },
    }));
    const reply = await seenAlignment(['a', 'b'], annotate);
    expect(reply.ok && [...reply.data.reasons]).toEqual([
      ['a', 'link'],
      ['b', 'rule'],
    ]);
    expect(reply.ok && [...reply.data.served].sort()).toEqual(['ob-1', 'ob-2', 'ob-3']);
  });

  it('asks in batches no bigger than the limit, one after another', async () => {
    const ids = Array.from({ length: 12_001 }, (_, i) => `item-${i}`);
    const annotate = answer(['item-0', 'item-12000']);
    const reply = await seenAlignment(ids, annotate);
    expect(vi.mocked(annotate).mock.calls.map(([batch]) => batch.length)).toEqual([5000, 5000, 2001]);
    expect(reply.ok && [...reply.data.aligned]).toEqual(['item-0', 'item-12000']);
  });

  it('asks nothing for no items', async () => {
    const annotate = answer([]);
    expect(await seenAlignment([], annotate)).toEqual({
      ok: true,
      data: { aligned: new Set(), served: new Set(), reasons: new Map() },
    });
    expect(annotate).not.toHaveBeenCalled();
  });

  it('stops at the first refusal and passes it on', async () => {
    const annotate = vi.fn<AnnotateBatch>(async () => ({ ok: false, error: 'Throughline is not reachable' }));
    expect(await seenAlignment(['a', 'b', 'c'], annotate, 2)).toEqual({
      ok: false,
      error: 'Throughline is not reachable',
    });
    expect(annotate).toHaveBeenCalledTimes(1);
  });
});
