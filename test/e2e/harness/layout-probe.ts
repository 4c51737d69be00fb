import type { Page } from 'playwright-core';

/** One of the tracker's own elements, as laid out. */
export interface ElementBox {
  tag: string;
  /** Its own text, trimmed and cut short, to name it in a failure. */
  text: string;
  top: number;
  height: number;
  /** Lines its own text takes; 0 when it has none. */
  lines: number;
  /** Its text is cut: it overflows a box that hides or ellipsizes what does not fit. */
  truncated: boolean;
  /** A row of a list or table (tr, li, role row or listitem). */
  row: boolean;
  /** Kinds and states of the Throughline hosts inside it, e.g. `card:aligned`. */
  hosts: string[];
}

/** Where each host's chips and add button sit, to check that several chips make one line. */
export interface HostLine {
  id: string;
  kind: string;
  state: string;
  /** The host's own box: one line of chips at most; none at all for unaligned work on a card or row. */
  width: number;
  height: number;
  outOfFlow: boolean;
  tops: number[];
}

export interface Layout {
  /** Keyed by a path of tag names and positions that skips Throughline's elements, so both layouts share keys. */
  boxes: Record<string, ElementBox>;
  hosts: HostLine[];
  /** How wide the page scrolls: wider than the window means a horizontal scrollbar. */
  pageWidth: number;
}

/** Reads the layout of every visible element of the tracker's page, ignoring Throughline's own. */
export function readLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const ours = (element: Element) => element.tagName.startsWith('THROUGHLINE-');
    const boxes: Record<string, ElementBox> = {};
    const hosts: HostLine[] = [];
    const rowSelector = 'tr, li, [role="row"], [role="listitem"]';
    const ownText = (element: Element) => {
      let text = '';
      for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      return text.replace(/\s+/g, ' ').trim();
    };
    const linesOf = (element: Element) => {
      const tops = new Set<number>();
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
      }
      return tops.size;
    };
    const truncatedOf = (element: HTMLElement) => {
      const style = getComputedStyle(element);
      const cuts =
        style.textOverflow === 'ellipsis' || style.overflowX !== 'visible' || style.webkitLineClamp !== 'none';
      return cuts && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    };
    const walk = (element: Element, path: string) => {
      const rect = element.getBoundingClientRect();
      const visible = rect.width > 0 || rect.height > 0;
      if (visible) {
        const text = ownText(element);
        boxes[path] = {
          tag: element.tagName.toLowerCase(),
          text: text.slice(0, 40),
          top: rect.top + scrollY,
          height: rect.height,
          lines: text ? linesOf(element) : 0,
          truncated: text !== '' && element instanceof HTMLElement && truncatedOf(element),
          row: element.matches(rowSelector),
          hosts: [...element.querySelectorAll('throughline-item')].map(
            (host) => `${host.getAttribute('data-kind')}:${host.getAttribute('data-throughline-state')}`,
          ),
        };
      }
      const counts = new Map<string, number>();
      for (const child of element.children) {
        if (ours(child)) continue;
        if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(child.tagName)) continue;
        const index = counts.get(child.tagName) ?? 0;
        counts.set(child.tagName, index + 1);
        walk(child, `${path}>${child.tagName.toLowerCase()}${index}`);
      }
    };
    walk(document.body, 'body');
    for (const host of document.querySelectorAll('throughline-item')) {
      const parts = host.shadowRoot?.querySelectorAll('.chip, .add') ?? [];
      const box = host.getBoundingClientRect();
      const position = getComputedStyle(host).position;
      hosts.push({
        id: host.getAttribute('data-throughline-item') ?? '',
        kind: host.getAttribute('data-kind') ?? '',
        state: host.getAttribute('data-throughline-state') ?? '',
        width: box.width,
        height: box.height,
        outOfFlow: position === 'absolute' || position === 'fixed' || getComputedStyle(host).display === 'none',
        tops: [...parts]
          .filter((part) => getComputedStyle(part).visibility !== 'hidden' && part.getClientRects().length > 0)
          .map((part) => Math.round(part.getBoundingClientRect().top)),
      });
    }
    return { boxes, hosts, pageWidth: document.documentElement.scrollWidth };
  });
}

/** The one line of chips a card or row gets. */
const CHIP_LINE_PX = 16;
const SAME_PX = 1;

/**
 * What Throughline changed in the tracker's layout that it must not: text
 * that now wraps or is cut, a list or table row of another height, a card's
 * or row's chips taking more than one line, and unaligned work taking room.
 * A changed row's own elements are not reported again. (A card may grow by
 * its line of chips, and a board row by its tallest card.)
 */
export function layoutChanges(without: Layout, withUs: Layout): string[] {
  const changes: string[] = [];
  const reportedRows: string[] = [];
  const name = (path: string, box: ElementBox) =>
    `${box.tag}${box.text ? ` "${box.text}"` : ''} (${path.split('>').slice(-3).join('>')})`;
  for (const [path, after] of Object.entries(withUs.boxes)) {
    const before = without.boxes[path];
    if (!before || reportedRows.some((row) => path.startsWith(`${row}>`))) continue;
    if (after.lines > before.lines) changes.push(`${name(path, after)} wraps: ${before.lines} → ${after.lines} lines`);
    if (after.truncated && !before.truncated) changes.push(`${name(path, after)} is cut short`);
    const cards = after.hosts.filter((host) => host.startsWith('card:'));
    if (after.row && cards.length === 0 && Math.abs(after.height - before.height) > SAME_PX) {
      changes.push(`row ${name(path, after)} changed height: ${before.height} → ${after.height}px`);
      reportedRows.push(path);
    }
  }
  if (withUs.pageWidth > without.pageWidth + SAME_PX)
    changes.push(`the page scrolls sideways: ${without.pageWidth} → ${withUs.pageWidth}px wide`);
  for (const host of withUs.hosts) {
    // A detail view's full chips may wrap in a narrow pane; a card's or row's never.
    if (host.kind === 'detail') continue;
    const lines = new Set(host.tops.map((top) => Math.round(top / 2))).size;
    if (lines > 1) changes.push(`the chips of ${host.id} (${host.kind}) take ${lines} lines`);
    if (host.height > CHIP_LINE_PX + SAME_PX)
      changes.push(`the host of ${host.id} (${host.kind}) is ${host.height}px tall, more than a line of chips`);
    if (host.state === 'unaligned' && !host.outOfFlow)
      changes.push(`the host of unaligned ${host.id} (${host.kind}) takes room in the page's layout`);
  }
  return changes;
}
