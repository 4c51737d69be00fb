import { describe, expect, it } from 'vitest';
import { summarizeFacts } from '../../../lib/popup/facts-summary';

describe('summarizeFacts', () => {
  it('counts fetching items and groups unavailable ones by reason, commonest first', () => {
    const notes = {
      a: { state: 'fetching' as const },
      b: { state: 'unavailable' as const, reason: 'signed out' },
      c: { state: 'unavailable' as const, reason: 'not shown' },
      d: { state: 'unavailable' as const, reason: 'not shown' },
    };
    expect(summarizeFacts(['a', 'b', 'c', 'd', 'e'], notes)).toEqual({
      fetching: 1,
      unavailable: [
        { reason: 'not shown', count: 2 },
        { reason: 'signed out', count: 1 },
      ],
    });
    expect(summarizeFacts(['a'], undefined)).toEqual({ fetching: 0, unavailable: [] });
  });
});
