// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createTimers } from '../../../lib/overlay/timers';

describe("the overlay's timers", () => {
  it('runs every task queued soon, even after one of them throws', async () => {
    const timers = createTimers(window);
    const ran: string[] = [];
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    timers.soon(() => ran.push('first'));
    timers.soon(() => {
      throw new Error('broken');
    });
    timers.soon(() => ran.push('third'));
    await vi.waitFor(() => expect(ran).toEqual(['first', 'third']));
    timers.soon(() => ran.push('later'));
    await vi.waitFor(() => expect(ran).toEqual(['first', 'third', 'later']));
    debug.mockRestore();
    timers.dispose();
  });
});
