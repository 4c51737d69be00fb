import { describe, expect, it, vi } from 'vitest';
import type { Send } from '../../../lib/messages/reply-sender';
import { createEarlyRequests } from '../../../lib/workspace/early-request';

function sender() {
  let answers = 0;
  const send = vi.fn(async () => ({ ok: true, data: { answer: ++answers } })) as unknown as Send & {
    mock: { calls: unknown[][] };
  };
  return send;
}

describe('requests sent as the page starts', () => {
  it('hands the early answer to the view that asks first, sending once', async () => {
    const send = sender();
    const early = createEarlyRequests(send);
    early.start({ type: 'catalogueView' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(await early.take({ type: 'catalogueView' })).toEqual({ ok: true, data: { answer: 1 } });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends anew for a view that asks later: an early answer is taken once, never handed out stale', async () => {
    const send = sender();
    const early = createEarlyRequests(send);
    early.start({ type: 'catalogueView' });
    await early.take({ type: 'catalogueView' });
    expect(await early.take({ type: 'catalogueView' })).toEqual({ ok: true, data: { answer: 2 } });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends at once what nobody asked early, and tells requests apart by all they say', async () => {
    const send = sender();
    const early = createEarlyRequests(send);
    early.start({ type: 'firstLinkRows', limit: 50 });
    early.start({ type: 'firstLinkRows', limit: 50 });
    expect(send).toHaveBeenCalledTimes(1);
    await early.take({ type: 'firstLinkRows', limit: 100 });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'firstLinkRows', limit: 100 });
    expect(await early.take({ type: 'firstLinkRows', limit: 50 })).toEqual({ ok: true, data: { answer: 1 } });
  });
});
