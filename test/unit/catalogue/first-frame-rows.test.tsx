// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FIRST_FRAME_ROWS, useFirstFrameRows } from '../../../components/catalogue/ShowMore';
import { renderContainer } from '../render-container';

function Rows({ limit }: { limit: number }) {
  return <p>{useFirstFrameRows(limit)}</p>;
}

const container = renderContainer();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('useFirstFrameRows', () => {
  it('draws a screenful first and the whole page from the next task on', async () => {
    act(() => render(<Rows limit={100} />, container()));
    expect(container().textContent).toBe(String(FIRST_FRAME_ROWS));
    await act(nextTask);
    expect(container().textContent).toBe('100');
    act(() => render(<Rows limit={200} />, container()));
    expect(container().textContent).toBe('200');
  });

  it('draws a short list whole at once', () => {
    act(() => render(<Rows limit={12} />, container()));
    expect(container().textContent).toBe('12');
  });
});
