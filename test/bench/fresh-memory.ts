import type { Page } from 'playwright-core';
import { spread } from './stats';

/**
 * What this machine charges a page for memory it writes for the first time,
 * for scale beside the very large boards' pieces. On the benchmark's
 * machine (a virtual one, 7 December) writing one byte to each 4 KB page of
 * 8 MB of new memory took 24-59 ms a block in a page (12-29 µs a page) and
 * 22-30 ms in Node; written again, 0.1 ms. A pass of our reading loop that
 * placed 32 hosts took 33 ms while the page's main thread took 2,077-2,093
 * page faults, about 8 MB; a 20,000-card board's renderer took 102,000-104,000
 * to load it, 132,000-145,000 with every card aligned. Whatever first writes
 * new memory, the page's script, ours or the browser's, waits for it.
 */
const BLOCK_BYTES = 8 * 1024 * 1024;
const BLOCKS = 8;
const PAGE_BYTES = 4096;

/** Milliseconds to write each block the first time, and again. */
export interface FreshMemoryTimes {
  first: number[];
  again: number[];
}

export async function timeFreshMemory(page: Page): Promise<FreshMemoryTimes> {
  return page.evaluate(
    ({ blockBytes, blocks, pageBytes }) => {
      // Kept until all are written: a block let go could be handed out again, already touched. No named function
      // in here: the benchmark's compiler would wrap it in a helper the page does not have.
      const kept: Uint8Array[] = [];
      const first: number[] = [];
      const again: number[] = [];
      for (let round = 0; round < 2; round++)
        for (let block = 0; block < blocks; block++) {
          const start = performance.now();
          if (round === 0) kept.push(new Uint8Array(blockBytes));
          const bytes = kept[block]!;
          for (let at = 0; at < bytes.length; at += pageBytes) bytes[at] = 1;
          (round === 0 ? first : again).push(performance.now() - start);
        }
      return { first, again };
    },
    { blockBytes: BLOCK_BYTES, blocks: BLOCKS, pageBytes: PAGE_BYTES },
  );
}

export function describeFreshMemory(times: FreshMemoryTimes): string {
  const first = spread(times.first);
  const again = spread(times.again);
  const mib = BLOCK_BYTES / 1024 / 1024;
  const perPage = (first.median * 1000) / (BLOCK_BYTES / PAGE_BYTES);
  return `new memory written ${mib} MB at a time (a byte a 4 KB page): ${first.median.toFixed(1)} ms a block (${(first.median / mib).toFixed(2)} ms per MB, ${perPage.toFixed(1)} µs a page; ${first.min.toFixed(1)}-${first.max.toFixed(1)}, ${first.runs} blocks); the same written again: ${again.median.toFixed(1)} ms`;
}
