/** Where a floating panel goes beside its anchor, in viewport pixels. */
export interface PanelPlacement {
  top: number;
  left: number;
  /** Set when the panel must scroll to fit beside the anchor without covering it. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the anchor, else above it; where neither side has room for the
 * whole panel, on the roomier side with its height cut to fit (it scrolls).
 * The panel never covers its anchor: a chip under a hover card could not be
 * hovered again, or clicked.
 */
export function panelPlacement(
  anchor: { top: number; bottom: number; left: number },
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): PanelPlacement {
  const below = anchor.bottom + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - panel.width - MARGIN));
  if (panel.height <= roomBelow) return { top: below, left };
  if (panel.height <= roomAbove) return { top: anchor.top - GAP - panel.height, left };
  if (roomBelow >= roomAbove) return { top: below, left, maxHeight: Math.max(0, roomBelow) };
  return { top: MARGIN, left, maxHeight: Math.max(0, roomAbove) };
}
