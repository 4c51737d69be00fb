import { afterEach, expect, it, vi } from 'vitest';
import { resolveAll } from '../../../lib/db/annotate';

afterEach(() => vi.restoreAllMocks());

it('lets other tasks in once a slice has run 8 ms, and answers every item in order', async () => {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const ids = Array.from({ length: 100 }, (_, index) => `jira:acme.atlassian.net:PAY-${index}`);
  const resolvedBeforeEachTask: number[] = [];
  let resolved = 0;
  const other = setInterval(() => resolvedBeforeEachTask.push(resolved), 0);
  const answers = await resolveAll(ids, (id) => {
    resolved++;
    clock += 1;
    return [{ objectiveId: id, via: 'rule', ruleId: 'r', ruleName: 'r' }];
  });
  clearInterval(other);
  expect([...answers.keys()]).toEqual(ids);
  expect(answers.get(ids[7]!)?.[0]?.objectiveId).toBe(ids[7]);
  // One item a millisecond, the clock read every 16 items: a slice ends after 16 items, never later.
  expect(resolvedBeforeEachTask.slice(0, 6)).toEqual([16, 32, 48, 64, 80, 96]);
});
