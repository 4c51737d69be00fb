import { formatPercent } from '../format/values';
import { written } from '../i18n/catalogue';

/**
 * What a tab's first chip pays for once, done ahead in tasks of their own,
 * where the background could not hand the tab its locale's number shapes
 * (number-shapes.ts). The first number format loads the locale's data
 * (19–32 ms while a 2,000-card board loads). Left to the first chip, it
 * landed in the piece that placed a batch of cards, the longest piece of
 * that load every time.
 * The message catalogue needs no warming: it comes over the port before
 * any chip is built (lib/i18n/message-table.ts), and asking the browser for
 * it here would fetch it synchronously from the browser process.
 */
export const WARM_UP_STEPS: readonly (() => unknown)[] = [
  () => formatPercent(0),
  // The catalogue's own format, for numbers put into messages (a chip's "mean of 2 benefit targets").
  () => written(2),
];

/**
 * Runs the first step now and each next one in a task of its own (`soon`
 * runs what is queued together in one task), each timed as our work by
 * `run`. Tasks queued while a page loads wait behind its parsing: the first
 * runs now, ahead of the first chip.
 */
export function warmUp(
  soon: (fn: () => void) => void,
  run: (step: () => void) => void,
  steps: readonly (() => unknown)[] = WARM_UP_STEPS,
): void {
  const from = (at: number) => {
    const step = steps[at];
    if (!step) return;
    if (at + 1 < steps.length) soon(() => from(at + 1));
    try {
      run(() => {
        step();
      });
    } catch (error) {
      // The extension reloaded under the tab, say: the chip that needs it will say so, the content script starts on.
      console.debug('Throughline: warm-up', error);
    }
  };
  from(0);
}
