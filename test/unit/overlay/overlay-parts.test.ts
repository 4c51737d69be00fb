import { describe, expect, it, vi } from 'vitest';
import type { Send } from '../../../lib/messages/reply-sender';
import { FACTS_PART } from '../../../lib/overlay/facts-part';
import { createPartLoader, loadedPart, registerPart } from '../../../lib/overlay/overlay-parts';

describe('overlay parts', () => {
  it('asks the background once for a part, finds it where its script registered it, and asks again after a failure', async () => {
    const replies = [
      { ok: false, error: 'Throughline is not reachable' },
      { ok: true, data: { loaded: true } },
    ];
    const send = vi.fn(async () => {
      const reply = replies.shift()!;
      if (reply.ok) registerPart('facts', FACTS_PART);
      return reply;
    }) as unknown as Send;
    const load = createPartLoader(send);
    await expect(load('facts')).rejects.toThrow('Throughline is not reachable');
    expect(loadedPart('facts')).toBeUndefined();
    const [first, second] = await Promise.all([load('facts'), load('facts')]);
    expect(first).toBe(FACTS_PART);
    expect(second).toBe(FACTS_PART);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'loadOverlayPart', part: 'facts' });
    expect(await load('facts')).toBe(FACTS_PART);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
