// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { elementSlot } from '../../../lib/overlay/element-slot';

describe('elementSlot', () => {
  it('keeps a value per element, apart from every other slot', () => {
    const first = elementSlot<string>('first');
    const second = elementSlot<string>('second');
    const a = document.createElement('div');
    const b = document.createElement('div');
    first.set(a, 'one');
    expect(first.get(a)).toBe('one');
    expect(first.get(b)).toBeUndefined();
    expect(second.get(a)).toBeUndefined();
    first.set(a, undefined);
    expect(first.get(a)).toBeUndefined();
  });

  it('is not copied with the element, and is apart from a slot of the same name', () => {
    const slot = elementSlot<string>('chips');
    const host = document.createElement('throughline-item');
    slot.set(host, 'chips');
    expect(slot.get(host.cloneNode(true) as Element)).toBeUndefined();
    expect(host.outerHTML).toBe('<throughline-item></throughline-item>');
    expect(elementSlot<string>('chips').get(host)).toBeUndefined();
  });
});
