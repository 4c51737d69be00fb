import { describe, expect, it } from 'vitest';
import type { FactsNote } from '../../../lib/model/annotation';
import { summarizeFacts } from '../../../lib/popup/facts-summary';

describe('summarizeFacts', () => {
  it('counts fetching items and groups unavailable ones by reason, commonest first', () => {
    const notes = new Map<string, FactsNote>([
      ['a', { state: 'fetching' }],
      ['b', { state: 'unavailable', reason: 'signed out' }],
      ['c', { state: 'unavailable', reason: 'not shown' }],
      ['d', { state: 'unavailable', reason: 'not shown' }],
    ]);
    expect(summarizeFacts(['a', 'b', 'c', 'd', 'e'], notes)).toEqual({
      fetching: 1,
      unavailable: [
        { reason: 'not shown', count: 2 },
        { reason: 'signed out', count: 1 },
      ],
    });
    expect(summarizeFacts(['a'], new Map())).toEqual({ fetching: 0, unavailable: [] });
  });
});
