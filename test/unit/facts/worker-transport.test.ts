import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrackerAnswer, TrackerCall } from '../../../lib/facts/tracker-transport';
import { createWorkerTransport, READY_WITHIN_MS, type WorkerLike } from '../../../lib/facts/worker-transport';

const CALL: TrackerCall = { url: 'https://acme.atlassian.net/rest/api/3/issue/bulkfetch', method: 'POST', headers: {} };
const ANSWER: TrackerAnswer = {
  status: 200,
  redirected: false,
  contentType: 'application/json',
  retryAfter: null,
  text: '{}',
};
const FALLBACK_ANSWER: TrackerAnswer = { ...ANSWER, text: '{"by":"fallback"}' };

/** A worker that keeps what it was sent, and says what the test makes it say. */
class FakeWorker implements WorkerLike {
  readonly sent: unknown[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: unknown): void {
    this.onmessage?.call(this as never, new MessageEvent('message', { data }));
  }
  fail(): Event {
    const event = new Event('error', { cancelable: true });
    this.onerror?.call(this as never, event as ErrorEvent);
    return event;
  }
}

function fakeWorker() {
  const worker = new FakeWorker();
  return { worker, sent: worker.sent };
}

function setUp(start?: () => WorkerLike) {
  const fake = fakeWorker();
  const fallback = vi.fn(async () => FALLBACK_ANSWER);
  const made = createWorkerTransport(start ?? (() => fake.worker), fallback);
  return { ...fake, fallback, ...made };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('tracker calls in a worker', () => {
  it('waits for the worker to be ready, then hands it each call and answers with what it posts back', async () => {
    const { worker, sent, transport, fallback } = setUp();
    const first = transport(CALL, new AbortController().signal);
    expect(sent).toEqual([]);
    worker.say({ ready: true });
    expect(sent).toEqual([{ id: 1, call: CALL }]);
    const second = transport({ ...CALL, method: 'GET' }, new AbortController().signal);
    expect(sent).toHaveLength(2);
    worker.say({ id: 2, answer: { ...ANSWER, status: 404 } });
    worker.say({ id: 1, answer: ANSWER });
    await expect(first).resolves.toEqual(ANSWER);
    await expect(second).resolves.toMatchObject({ status: 404 });
    expect(fallback).not.toHaveBeenCalled();
  });

  it('fails a call with the error the worker met, as fetch would', async () => {
    const { worker, transport } = setUp();
    const call = transport(CALL, new AbortController().signal);
    worker.say({ ready: true });
    worker.say({ id: 1, error: 'Failed to fetch' });
    await expect(call).rejects.toThrow(new TypeError('Failed to fetch'));
  });

  it('ignores what it never asked for and messages of other shapes', async () => {
    const { worker, transport } = setUp();
    const call = transport(CALL, new AbortController().signal);
    worker.say({ ready: true });
    for (const data of [null, 'ready', { id: 7, answer: ANSWER }, { id: '1', answer: ANSWER }, { ready: 'yes' }])
      worker.say(data);
    worker.say({ id: 1, answer: ANSWER });
    await expect(call).resolves.toEqual(ANSWER);
  });

  it("goes by the page's own fetch when no worker can start, every call after too", async () => {
    const start = vi.fn(() => {
      throw new DOMException('refused by the policy', 'SecurityError');
    });
    const { transport, fallback } = setUp(start);
    await expect(transport(CALL, new AbortController().signal)).resolves.toEqual(FALLBACK_ANSWER);
    await expect(transport(CALL, new AbortController().signal)).resolves.toEqual(FALLBACK_ANSWER);
    expect(fallback).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledOnce();
  });

  it('hands the calls waiting for a worker that fails to load to the fallback, and keeps the error off the page', async () => {
    const { worker, transport, fallback } = setUp();
    const waiting = [transport(CALL, new AbortController().signal), transport(CALL, new AbortController().signal)];
    const event = worker.fail();
    expect(event.defaultPrevented).toBe(true);
    expect(worker.terminated).toBe(true);
    await expect(Promise.all(waiting)).resolves.toEqual([FALLBACK_ANSWER, FALLBACK_ANSWER]);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('gives up on a worker that is not ready in time', async () => {
    vi.useFakeTimers();
    const { worker, sent, transport, fallback } = setUp();
    const call = transport(CALL, new AbortController().signal);
    vi.advanceTimersByTime(READY_WITHIN_MS);
    await expect(call).resolves.toEqual(FALLBACK_ANSWER);
    expect(worker.terminated).toBe(true);
    // Ready too late: nothing goes to it any more.
    worker.say({ ready: true });
    await transport(CALL, new AbortController().signal);
    expect(sent).toEqual([]);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('fails, and does not make again, a call the worker had when it failed: it may have reached the tracker', async () => {
    const { worker, transport, fallback } = setUp();
    const call = transport(CALL, new AbortController().signal);
    worker.say({ ready: true });
    worker.fail();
    await expect(call).rejects.toThrow(TypeError);
    expect(fallback).not.toHaveBeenCalled();
    await expect(transport(CALL, new AbortController().signal)).resolves.toEqual(FALLBACK_ANSWER);
  });

  it('aborts a call in the worker when its signal aborts', async () => {
    const { worker, sent, transport } = setUp();
    const controller = new AbortController();
    const call = transport(CALL, controller.signal);
    worker.say({ ready: true });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toEqual([{ id: 1, call: CALL }, { abort: 1 }]);
    // A late answer to it is dropped.
    worker.say({ id: 1, answer: ANSWER });
    await expect(transport(CALL, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toHaveLength(2);
  });

  it('ends the worker when stopped, aborting the calls out', async () => {
    const { worker, transport, stop, fallback } = setUp();
    const call = transport(CALL, new AbortController().signal);
    worker.say({ ready: true });
    stop();
    expect(worker.terminated).toBe(true);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    worker.say({ id: 1, answer: ANSWER });
    expect(fallback).not.toHaveBeenCalled();
  });
});
