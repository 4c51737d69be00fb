// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORK_TABLES } from '../../../lib/dashboard/work-tables';
import { createDatabase } from '../../../lib/db/database';
import { storeFacts } from '../../../lib/db/facts';
import { useRefreshing } from '../../../lib/workspace/use-refreshing';

const db = createDatabase(`refreshing-${crypto.randomUUID()}`);
let reads = 0;
const read = vi.fn(async () => ++reads);

function Figures() {
  const value = useRefreshing(db, WORK_TABLES, read);
  return <p>{String(value)}</p>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('useRefreshing over the work tables', () => {
  afterEach(() => render(null, document.body));

  it('asks again when facts a tracker answered come after the item was seen', async () => {
    render(<Figures />, document.body);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    await db.seenItems.put({
      id: 'azure-devops:dev.azure.com/contoso:107',
      lastSeen: '2026-12-01T10:00:00.000Z',
      url: 'https://dev.azure.com/contoso/Platform/_workitems/edit/107',
    });
    await settle();
    const afterSeen = read.mock.calls.length;
    expect(afterSeen).toBeGreaterThan(1);
    const at = '2026-12-01T10:00:05.000Z';
    await storeFacts(db, [
      {
        id: 'azure-devops:dev.azure.com/contoso:107',
        facts: { areaPath: 'Platform\\Checkout' },
        fetchedAt: at,
        seenAt: at,
      },
    ]);
    await settle();
    expect(read.mock.calls.length).toBeGreaterThan(afterSeen);
    expect(document.body.textContent).toBe(String(reads));
  });

  it('does not ask again for a table no work state reads', async () => {
    render(<Figures />, document.body);
    await settle();
    const before = read.mock.calls.length;
    await db.sites.put({ origin: 'https://jira.example.test', tracker: 'jira' } as never);
    await settle();
    expect(read.mock.calls.length).toBe(before);
  });
});
