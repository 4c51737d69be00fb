// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { firstFrameRows, useFirstFrameRows } from '../../../components/catalogue/ShowMore';
import { renderContainer } from '../render-container';

function Rows({ limit }: { limit: number }) {
  return <p>{useFirstFrameRows(limit)}</p>;
}

const container = renderContainer();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('useFirstFrameRows', () => {
  it('draws a window’s worth first and the whole page from the next task on', async () => {
    act(() => render(<Rows limit={100} />, container()));
    expect(container().textContent).toBe(String(firstFrameRows(window.innerHeight)));
    expect(Number(container().textContent)).toBeLessThan(100);
    await act(nextTask);
    expect(container().textContent).toBe('100');
    act(() => render(<Rows limit={200} />, container()));
    expect(container().textContent).toBe('200');
  });

  it('draws a short list whole at once', () => {
    act(() => render(<Rows limit={3} />, container()));
    expect(container().textContent).toBe('3');
  });

  it('draws as many rows as the window can show, rows being at least 48 px tall', () => {
    expect(firstFrameRows(720)).toBe(15);
    expect(firstFrameRows(1440)).toBe(30);
    expect(firstFrameRows(721)).toBe(16);
    expect(firstFrameRows(0)).toBe(1);
  });
});
