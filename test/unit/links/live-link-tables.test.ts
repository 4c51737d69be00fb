import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageDatabase } from '../../../lib/db/page-database';
import { type LinkTables, watchLinkTables } from '../../../lib/links/live-link-tables';

const link = (n: number) => ({
  id: `ln-${n}`,
  itemId: `jira:acme.atlassian.net:PAY-${n}`,
  objectiveId: 'ob-a',
  createdAt: '2026-11-01T00:00:00.000Z',
});

/** Resolves with the next tables `seen` is called with after now. */
function nextCall(seen: ReturnType<typeof vi.fn<(tables: LinkTables) => void>>): Promise<LinkTables> {
  const before = seen.mock.calls.length;
  return vi.waitFor(() => {
    expect(seen.mock.calls.length).toBeGreaterThan(before);
    return seen.mock.calls.at(-1)![0];
  });
}

describe('the Links view’s tables, kept current', () => {
  afterEach(async () => {
    await pageDatabase.delete();
    await pageDatabase.open();
  });

  it('come once all four are read, again when one changes, and no more once stopped', async () => {
    await pageDatabase.objectives.add({ id: 'ob-a', code: 'A-1', title: 'First', status: 'active' });
    await pageDatabase.links.add(link(1));
    const seen = vi.fn<(tables: LinkTables) => void>();
    const stop = watchLinkTables(seen);
    const first = await nextCall(seen);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(first.links.map((row) => row.id)).toEqual(['ln-1']);
    expect(first.objectives.map((row) => row.id)).toEqual(['ob-a']);
    expect(first).toMatchObject({ targets: [], seenItems: [] });

    const changed = nextCall(seen);
    await pageDatabase.links.add(link(2));
    expect((await changed).links.map((row) => row.id)).toEqual(['ln-1', 'ln-2']);
    expect((await changed).objectives).toEqual(first.objectives);

    stop();
    const calls = seen.mock.calls.length;
    await pageDatabase.links.add(link(3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveBeenCalledTimes(calls);
  });
});
