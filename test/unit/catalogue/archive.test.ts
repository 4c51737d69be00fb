import { describe, expect, it } from 'vitest';
import { withArchived } from '../../../lib/catalogue/archive';
import type { Objective } from '../../../lib/model/objective';

const objective: Objective = { id: 'ob-1', code: 'A-1', title: 'A', status: 'active' };

describe('withArchived', () => {
  it('sets the flag, and drops it when brought back', () => {
    expect(withArchived(objective, true)).toEqual({ ...objective, archived: true });
    expect(withArchived({ ...objective, archived: true }, false)).toEqual(objective);
    expect('archived' in withArchived({ ...objective, archived: false }, false)).toBe(false);
  });
});
