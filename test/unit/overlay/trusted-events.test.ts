// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { refuseUntrusted } from '../../../lib/overlay/trusted-events';

describe('refuseUntrusted', () => {
  it('stops made-up events before any handler inside, until undone', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    const input = document.createElement('input');
    root.append(button, input);
    const clicked = vi.fn();
    const typed = vi.fn();
    button.addEventListener('click', clicked);
    input.addEventListener('keydown', typed);
    const undo = refuseUntrusted(root);
    button.click();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(typed).not.toHaveBeenCalled();
    undo();
    button.click();
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
