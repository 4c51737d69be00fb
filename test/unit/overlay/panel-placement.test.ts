import { describe, expect, it } from 'vitest';
import { panelPlacement } from '../../../lib/overlay/panel-placement';

const viewport = { width: 1280, height: 720 };
const panel = { width: 340, height: 480 };
const covers = (anchor: { top: number; bottom: number }, top: number, height: number) =>
  top < anchor.bottom && top + height > anchor.top;

describe('panelPlacement', () => {
  it('goes below the anchor when the whole panel fits there', () => {
    expect(panelPlacement({ top: 100, bottom: 116, left: 40 }, panel, viewport)).toEqual({ top: 122, left: 40 });
  });

  it('goes above when only above has room', () => {
    expect(panelPlacement({ top: 600, bottom: 616, left: 40 }, panel, viewport)).toEqual({ top: 114, left: 40 });
  });

  it('never covers its anchor when neither side has room: the roomier side, cut to fit', () => {
    for (const top of [150, 247, 300, 400]) {
      const anchor = { top, bottom: top + 16, left: 40 };
      const place = panelPlacement(anchor, panel, viewport);
      const height = place.maxHeight ?? panel.height;
      expect(covers(anchor, place.top, height), `anchor at ${top}`).toBe(false);
      expect(place.top).toBeGreaterThanOrEqual(8);
      expect(place.top + height).toBeLessThanOrEqual(viewport.height - 8);
    }
  });

  it('stays inside the viewport on the right', () => {
    expect(panelPlacement({ top: 100, bottom: 116, left: 1200 }, panel, viewport).left).toBe(1280 - 340 - 8);
  });
});
