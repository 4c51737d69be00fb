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

  it('waits while the page is hidden, and reads once when it is shown again', async () => {
    render(<Figures />, document.body);
    await settle();
    const before = read.mock.calls.length;
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    for (let n = 0; n < 3; n++)
      await db.seenItems.put({
        id: `jira:acme.atlassian.net:PAY-${n}`,
        lastSeen: '2026-12-01T10:00:00.000Z',
        url: `https://acme.atlassian.net/browse/PAY-${n}`,
      });
    await settle();
    expect(read.mock.calls.length).toBe(before);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(read.mock.calls.length).toBe(before + 1);
    expect(document.body.textContent).toBe(String(reads));
    visibility.mockRestore();
  });

  it('rests after a slow read before the next, in proportion to how long it took', async () => {
    let release: (() => void) | null = null;
    const slow = vi.fn(
      () =>
        new Promise<number>((resolve) => {
          release = () => resolve(slow.mock.calls.length);
        }),
    );
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    function Slow() {
      const value = useRefreshing(db, WORK_TABLES, slow);
      return <p>{String(value)}</p>;
    }
    render(<Slow />, document.body);
    await settle();
    // The first read took 200 ms of the clock.
    clock.mockReturnValue(200);
    release!();
    await settle();
    await db.seenItems.put({
      id: 'jira:acme.atlassian.net:PAY-9',
      lastSeen: '2026-12-01T10:00:00.000Z',
      url: 'https://acme.atlassian.net/browse/PAY-9',
    });
    // Within its rest of 800 ms: not read yet.
    await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
    expect(slow).toHaveBeenCalledTimes(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(slow).toHaveBeenCalledTimes(2);
    release!();
    clock.mockRestore();
  });
});
