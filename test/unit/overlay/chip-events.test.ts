// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTION_ATTR, OBJECTIVE_ATTR } from '../../../lib/overlay/chip-dom';
import { listenToChips } from '../../../lib/overlay/chip-events';
import { createPageItems } from '../../../lib/overlay/page-items';
import { cardWithHost } from './overlay-harness';

beforeEach(() => {
  document.body.innerHTML = '<div id="card"><span id="title">Pay by link</span><p id="anchor"></p></div>';
});

/** A card with its host, whose shadow root holds an objective chip and the add button. */
function setUp(options: { trusted?: boolean; active?: boolean } = {}) {
  const items = createPageItems();
  const host = document.createElement('throughline-item');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<button ${ACTION_ATTR}="objective" ${OBJECTIVE_ATTR}="obj-grow">GROW-1</button><button ${ACTION_ATTR}="pick">+</button>`;
  const item = cardWithHost(items, host);
  const deps = {
    doc: document,
    items,
    trusted: () => options.trusted ?? true,
    active: () => options.active ?? true,
    guarded: (work: () => void) => work(),
    reveal: vi.fn(),
    openPicker: vi.fn(),
    showCard: vi.fn(),
    hideCardSoon: vi.fn(),
  };
  const stop = listenToChips(deps);
  const chip = root.querySelector<HTMLElement>(`[${ACTION_ATTR}="objective"]`)!;
  const add = root.querySelector<HTMLElement>(`[${ACTION_ATTR}="pick"]`)!;
  return { deps, stop, item, chip, add };
}

const event = (type: string) =>
  type === 'focusin' || type === 'focusout'
    ? new FocusEvent(type, { bubbles: true, composed: true })
    : new MouseEvent(type, { bubbles: true, composed: true });

describe('chip events', () => {
  it('shows the hover card over an objective chip and hides it on leaving; opens the picker from the add button', () => {
    const { deps, item, chip, add } = setUp();
    chip.dispatchEvent(event('mouseover'));
    expect(deps.showCard).toHaveBeenCalledWith(item, 'obj-grow', chip);
    chip.dispatchEvent(event('mouseout'));
    expect(deps.hideCardSoon).toHaveBeenCalledTimes(1);
    add.dispatchEvent(event('mouseover'));
    expect(deps.openPicker).not.toHaveBeenCalled();
    add.dispatchEvent(event('click'));
    expect(deps.openPicker).toHaveBeenCalledWith(item, add);
  });

  it("reveals a card's chips when its card is hovered or focused", () => {
    const { deps, item } = setUp();
    document.getElementById('title')!.dispatchEvent(event('mouseover'));
    document.getElementById('title')!.dispatchEvent(event('focusin'));
    expect(deps.reveal).toHaveBeenCalledTimes(2);
    expect(deps.reveal).toHaveBeenCalledWith(item);
  });

  it("ignores the page's own events, and everything while the overlay is off", () => {
    for (const options of [{ trusted: false }, { active: false }]) {
      const { deps, chip, add, stop } = setUp(options);
      chip.dispatchEvent(event('mouseover'));
      add.dispatchEvent(event('click'));
      expect([deps.showCard, deps.openPicker, deps.reveal].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
      stop();
    }
  });

  it('listens no more once stopped', () => {
    const { deps, chip, stop } = setUp();
    stop();
    chip.dispatchEvent(event('mouseover'));
    expect(deps.showCard).not.toHaveBeenCalled();
    expect(deps.reveal).not.toHaveBeenCalled();
  });
});
