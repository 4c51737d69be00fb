import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRowIndex, scrollToReveal, visibleRange } from '../../../lib/links/visible-range';

describe('visible range', () => {
  it('covers the viewport plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 400, 40, 20_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(4000, 400, 40, 20_000, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRange(799_600, 400, 40, 20_000, 5)).toEqual({ start: 19_985, end: 20_000 });
    expect(visibleRange(0, 400, 40, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it('always holds every row that is at least partly in view, and never more than a viewport and the overscan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 20 }),
        (scrollTop, height, rowHeight, count, overscan) => {
          const { start, end } = visibleRange(scrollTop, height, rowHeight, count, overscan);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          for (let index = 0; index < count; index++) {
            const top = index * rowHeight;
            const inView = top + rowHeight > scrollTop && top < scrollTop + height;
            if (inView) {
              expect(index).toBeGreaterThanOrEqual(start);
              expect(index).toBeLessThan(end);
            }
            if (index > scrollTop / rowHeight + height / rowHeight + 2) break;
          }
          expect(end - start).toBeLessThanOrEqual(Math.ceil(height / rowHeight) + 1 + 2 * overscan);
        },
      ),
    );
  });
});

describe('scroll to reveal', () => {
  it('does not move when the row is in view, else moves just enough', () => {
    expect(scrollToReveal(5, 40, 0, 400)).toBe(0);
    expect(scrollToReveal(10, 40, 0, 400)).toBe(40);
    expect(scrollToReveal(2, 40, 400, 400)).toBe(80);
  });
});

describe('row keys', () => {
  it('moves by one, by a page and to the ends, staying in the list', () => {
    expect(nextRowIndex('ArrowDown', 0, 10, 4)).toBe(1);
    expect(nextRowIndex('ArrowDown', 9, 10, 4)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 4)).toBe(0);
    expect(nextRowIndex('PageDown', 3, 10, 4)).toBe(7);
    expect(nextRowIndex('PageDown', 8, 10, 4)).toBe(9);
    expect(nextRowIndex('PageUp', 3, 10, 4)).toBe(0);
    expect(nextRowIndex('Home', 5, 10, 4)).toBe(0);
    expect(nextRowIndex('End', 5, 10, 4)).toBe(9);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(nextRowIndex('Enter', 5, 10, 4)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 4)).toBeNull();
  });
});
