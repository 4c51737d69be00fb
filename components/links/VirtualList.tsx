// biome-ignore-all lint/a11y/useSemanticElements: rows are placed one by one at their offset, which table layout does not allow, so the grid roles are given by hand.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nextRowIndex, scrollToReveal, visibleRange } from '../../lib/links/visible-range';

export interface VirtualListProps {
  count: number;
  /** Every row has this height in pixels: what lets the list place rows it has not rendered. */
  rowHeight: number;
  label: string;
  /** The header row (role="row" with column headers), kept out of the scrolling part. */
  header: ComponentChildren;
  /** Rows rendered beyond each edge of the viewport, so a fast scroll shows no gap. */
  overscan?: number;
  rowKey(index: number): string;
  /** The cells of one row (role="gridcell"); controls in the row holding the focus join the tab order. */
  renderRow(index: number, isCurrent: boolean): ComponentChildren;
  rowClass?(index: number): string | undefined;
  rowSelected?(index: number): boolean;
  /** Keys on a row the list does not use itself (it uses arrows, Page Up/Down, Home and End). */
  onRowKeyDown?(event: KeyboardEvent, index: number): void;
}

/** Until the viewport is measured (and in a test without layout), assume a tall window. */
const INITIAL_VIEWPORT = 800;

/**
 * A grid that renders only the rows in view plus an overscan, so that tens
 * of thousands of rows cost what a screenful does. One row is in the tab
 * order at a time; arrows, Page Up/Down, Home and End move the focus by row,
 * scrolling it into view.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, overscan = 8 } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(INITIAL_VIEWPORT);
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef<number | null>(null);
  const current = Math.min(active, Math.max(0, count - 1));

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setViewportHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    focusAfterRender.current = null;
    viewport.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`)?.focus({ preventScroll: true });
  });

  const { start, end } = visibleRange(scrollTop, viewportHeight, rowHeight, count, overscan);
  const indices: number[] = [];
  // The focusable row stays rendered when scrolled away, so Tab always has a row to reach.
  if (count > 0 && current < start) indices.push(current);
  for (let index = start; index < end; index++) indices.push(index);
  if (count > 0 && current >= end) indices.push(current);

  const moveTo = (index: number) => {
    const element = viewport.current;
    if (element) {
      const top = scrollToReveal(index, rowHeight, element.scrollTop, element.clientHeight || viewportHeight);
      element.scrollTop = top;
      setScrollTop(top);
    }
    focusAfterRender.current = index;
    setActive(index);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = event.target as HTMLElement;
    // Text fields and lists inside a row keep their own keys.
    const ownKeys = target.matches('input:not([type="checkbox"]), select, textarea');
    const pageRows = Math.floor((viewport.current?.clientHeight || viewportHeight) / rowHeight);
    const next = ownKeys ? null : nextRowIndex(event.key, index, count, pageRows);
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    props.onRowKeyDown?.(event, index);
  };

  return (
    <div role="grid" aria-label={props.label} aria-rowcount={count + 1} class="vlist">
      <div role="rowgroup" class="vlist-head">
        {props.header}
      </div>
      <div
        role="rowgroup"
        class="vlist-viewport"
        ref={viewport}
        onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
      >
        <div class="vlist-spacer" style={{ height: `${count * rowHeight}px` }}>
          {indices.map((index) => (
            <div
              key={props.rowKey(index)}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={props.rowSelected ? props.rowSelected(index) : undefined}
              tabIndex={index === current ? 0 : -1}
              data-row-index={index}
              class={`vlist-row ${props.rowClass?.(index) ?? ''}`}
              style={{ height: `${rowHeight}px`, transform: `translateY(${index * rowHeight}px)` }}
              onFocusIn={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {props.renderRow(index, index === current)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
