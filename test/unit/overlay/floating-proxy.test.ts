// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createDimming } from '../../../lib/overlay/dimming';
import { createFloatingProxy } from '../../../lib/overlay/floating-proxy';
import type { FloatingUi } from '../../../lib/overlay/floating-ui';
import type { FloatingUiModule } from '../../../lib/overlay/floating-ui-module';

/** A stand-in for the floating UI part, recording what the proxy asked of it. */
function fakePart() {
  const ui = {
    host: null,
    showCard: vi.fn(),
    hideCardSoon: vi.fn(),
    openPicker: vi.fn(),
    closePicker: vi.fn(() => true),
    catalogueChanged: vi.fn(),
    render: vi.fn(),
    remove: vi.fn(),
  } satisfies FloatingUi;
  const module: FloatingUiModule = { createFloatingUi: () => ui, drawSummaryBar: vi.fn(), createDimming };
  return { ui, module };
}

function setup(load: () => Promise<FloatingUiModule>, active = () => true) {
  return createFloatingProxy(load, {
    doc: document,
    send: vi.fn(),
    timers: { timeout: vi.fn(), frame: vi.fn(), soon: vi.fn(), soonOrFrame: vi.fn(), idle: vi.fn(), dispose: vi.fn() },
    objective: () => undefined,
    alignments: () => undefined,
    dark: () => false,
    active,
    guarded: (work) => work(),
  });
}

const opener = () => document.createElement('button');
const bar = { aligned: 1, total: 2, split: () => [], dimmed: false, onToggleDim: () => {} };

describe('floating UI proxy', () => {
  it('loads the part once, on first need, and then does only the latest request that waited', async () => {
    const { ui, module } = fakePart();
    let arrive!: (module: FloatingUiModule) => void;
    const load = vi.fn(() => new Promise<FloatingUiModule>((resolve) => (arrive = resolve)));
    const proxy = setup(load);
    expect(load).not.toHaveBeenCalled();
    proxy.showCard('item-1', 'ob-1', opener());
    proxy.openPicker('item-1', 'PAY-1', opener());
    expect(load).toHaveBeenCalledTimes(1);
    arrive(module);
    await Promise.resolve();
    expect(ui.showCard).not.toHaveBeenCalled();
    expect(ui.openPicker).toHaveBeenCalledWith('item-1', 'PAY-1', expect.any(HTMLElement));
    proxy.showCard('item-2', 'ob-1', opener());
    expect(ui.showCard).toHaveBeenCalledWith('item-2', 'ob-1', expect.any(HTMLElement));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('drops a hover left, or a picker closed, before the part came', async () => {
    const { ui, module } = fakePart();
    let arrive!: (module: FloatingUiModule) => void;
    const proxy = setup(() => new Promise((resolve) => (arrive = resolve)));
    proxy.showCard('item-1', 'ob-1', opener());
    proxy.hideCardSoon();
    proxy.openPicker('item-1', 'PAY-1', opener());
    proxy.hideCardSoon();
    expect(proxy.closePicker()).toBe(true);
    expect(proxy.closePicker()).toBe(false);
    arrive(module);
    await Promise.resolve();
    expect(ui.showCard).not.toHaveBeenCalled();
    expect(ui.openPicker).not.toHaveBeenCalled();
  });

  it("draws the summary's latest bar when the part comes, and nothing for a summary removed meanwhile", async () => {
    const { module } = fakePart();
    let arrive!: (module: FloatingUiModule) => void;
    const proxy = setup(() => new Promise((resolve) => (arrive = resolve)));
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    proxy.drawSummary(root, bar);
    proxy.drawSummary(root, { ...bar, aligned: 2 });
    arrive(module);
    await Promise.resolve();
    expect(module.drawSummaryBar).toHaveBeenCalledExactlyOnceWith(root, { ...bar, aligned: 2 });

    const later = fakePart();
    let arriveLater!: (module: FloatingUiModule) => void;
    const other = setup(() => new Promise((resolve) => (arriveLater = resolve)));
    other.drawSummary(root, bar);
    other.drawSummary(root, null);
    arriveLater(later.module);
    await Promise.resolve();
    expect(later.module.drawSummaryBar).not.toHaveBeenCalled();
  });

  it('shows nothing that waited once the overlay is off, and tries a failed load again on the next use', async () => {
    const { ui, module } = fakePart();
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    let on = true;
    const load = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(module);
    const proxy = setup(load, () => on);
    proxy.openPicker('item-1', 'PAY-1', opener());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ui.openPicker).not.toHaveBeenCalled();
    proxy.openPicker('item-1', 'PAY-1', opener());
    on = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).toHaveBeenCalledTimes(2);
    expect(ui.openPicker).not.toHaveBeenCalled();
  });
});
