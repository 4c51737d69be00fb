// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostRepair } from '../../../lib/overlay/host-repair';
import { createPageItems } from '../../../lib/overlay/page-items';
import { cardWithHost } from './overlay-harness';

beforeEach(() => {
  document.body.innerHTML = '<div id="card"><p id="anchor"></p></div>';
});

function setUp() {
  const items = createPageItems();
  const host = document.createElement('throughline-item');
  const item = cardWithHost(items, host);
  const frames: (() => void)[] = [];
  const placeAgain = vi.fn();
  const repair = createHostRepair({
    items,
    frame: (fn) => frames.push(fn),
    guarded: (work) => work(),
    placeAgain,
  });
  return { item, host, frames, placeAgain, repair };
}

describe('host repair', () => {
  it('puts the hosts the page touched right before the next frame, once a frame however often it is told', () => {
    const { item, host, frames, placeAgain, repair } = setUp();
    repair.soon([host]);
    repair.soon([host]);
    expect(frames).toHaveLength(1);
    expect(placeAgain).not.toHaveBeenCalled();
    frames.shift()!();
    expect(placeAgain).toHaveBeenCalledTimes(1);
    expect(placeAgain).toHaveBeenCalledWith(item);
    repair.soon([host]);
    expect(frames).toHaveLength(1);
  });

  it('removes a host no item owns, and leaves alone an item whose card has gone', () => {
    const { host, frames, placeAgain, repair } = setUp();
    const orphan = document.createElement('throughline-item');
    document.body.append(orphan);
    document.getElementById('card')!.remove();
    repair.soon([orphan, host, document.body]);
    frames.shift()!();
    expect(orphan.isConnected).toBe(false);
    expect(placeAgain).not.toHaveBeenCalled();
  });
});
