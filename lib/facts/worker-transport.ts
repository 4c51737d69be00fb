import { t } from '../i18n/catalogue';
import type { TrackerAnswer, TrackerCall, TrackerTransport } from './tracker-transport';

/** What the transport needs of a worker: a `Worker`, or a test's stand-in. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

/** A worker not ready by then is taken as refused (a policy that blocks it without saying so). */
export const READY_WITHIN_MS = 3000;

interface Call {
  call: TrackerCall;
  signal: AbortSignal;
  resolve(answer: TrackerAnswer): void;
  reject(error: unknown): void;
  onAbort(): void;
  /** Handed to the worker: it may have reached the tracker. */
  sent: boolean;
}

const abortError = (signal: AbortSignal) =>
  signal.reason ?? new DOMException(t('workerTransport_aborted'), 'AbortError');

/**
 * Tracker calls made in a worker (tracker-worker.ts), off the page's main
 * thread, started at the first call. Where the worker cannot start (the
 * page's policy, a browser that refuses a content script's worker) or fails
 * before it is ready, every call goes by `fallback`, those waiting for it
 * too: none of them had left. One the worker had when it failed is failed,
 * not made again: it may have reached the tracker, and the facts ledger
 * asks again later.
 */
export function createWorkerTransport(start: () => WorkerLike, fallback: TrackerTransport) {
  let worker: WorkerLike | null = null;
  let state: 'idle' | 'starting' | 'ready' | 'refused' | 'stopped' = 'idle';
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  const calls = new Map<number, Call>();

  function settle(id: number): Call | undefined {
    const call = calls.get(id);
    if (!call) return undefined;
    calls.delete(id);
    call.signal.removeEventListener('abort', call.onAbort);
    return call;
  }

  function post(id: number, call: Call): void {
    call.sent = true;
    worker?.postMessage({ id, call: call.call });
  }

  function refuse(): void {
    state = 'refused';
    clearTimeout(readyTimer);
    worker?.terminate();
    worker = null;
    for (const id of [...calls.keys()]) {
      const call = settle(id)!;
      if (call.sent) call.reject(new TypeError(t('workerTransport_stopped')));
      else fallback(call.call, call.signal).then(call.resolve, call.reject);
    }
  }

  function received(data: unknown): void {
    const message = data as { ready?: unknown; id?: unknown; answer?: TrackerAnswer; error?: unknown } | null;
    if (!message || typeof message !== 'object') return;
    if (message.ready === true && state === 'starting') {
      state = 'ready';
      clearTimeout(readyTimer);
      for (const [id, call] of calls) if (!call.sent) post(id, call);
      return;
    }
    const call = typeof message.id === 'number' ? settle(message.id) : undefined;
    if (!call) return;
    if (typeof message.error === 'string') call.reject(new TypeError(message.error));
    else if (message.answer) call.resolve(message.answer);
    else call.reject(new TypeError(t('workerTransport_noAnswer')));
  }

  function begin(): void {
    state = 'starting';
    try {
      worker = start();
    } catch {
      refuse();
      return;
    }
    worker.onmessage = (event) => received(event.data);
    worker.onerror = (event) => {
      // Ours to handle: not an error of the page's, for its console.
      event.preventDefault();
      refuse();
    };
    worker.onmessageerror = () => refuse();
    readyTimer = setTimeout(() => {
      if (state === 'starting') refuse();
    }, READY_WITHIN_MS);
  }

  const transport: TrackerTransport = (call, signal) => {
    if (state === 'idle') begin();
    if (state === 'refused' || state === 'stopped') return fallback(call, signal);
    if (signal.aborted) return Promise.reject(abortError(signal));
    return new Promise<TrackerAnswer>((resolve, reject) => {
      const id = ++next;
      const onAbort = () => {
        const aborted = settle(id);
        if (!aborted) return;
        if (aborted.sent) worker?.postMessage({ abort: id });
        reject(abortError(signal));
      };
      const entry: Call = { call, signal, resolve, reject, onAbort, sent: false };
      calls.set(id, entry);
      signal.addEventListener('abort', onAbort, { once: true });
      if (state === 'ready') post(id, entry);
    });
  };

  return {
    transport,
    /** Ends the worker; calls out are aborted. Later calls, if any, go by `fallback`. */
    stop(): void {
      state = 'stopped';
      clearTimeout(readyTimer);
      worker?.terminate();
      worker = null;
      for (const id of [...calls.keys()])
        settle(id)!.reject(new DOMException(t('workerTransport_pageLeft'), 'AbortError'));
    },
  };
}

export type WorkerTransport = ReturnType<typeof createWorkerTransport>;
