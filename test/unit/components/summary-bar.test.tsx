// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SummaryBar, type SummarySplit } from '../../../components/overlay/SummaryBar';
import { renderContainer } from '../render-container';

const container = renderContainer();

const entries: SummarySplit[] = [
  { objectiveId: 'ob-1', code: 'OB-1', title: 'Grow checkout', count: 3 },
  { objectiveId: 'ob-2', code: 'OB-2', title: 'Cut costs', count: 1 },
];

describe('SummaryBar', () => {
  it('works out the split only when a person opens it, and shows it then', () => {
    const split = vi.fn(() => entries);
    act(() => {
      render(<SummaryBar aligned={4} total={6} split={split} dimmed={false} onToggleDim={() => {}} />, container());
    });
    expect(container().querySelector('.split-panel')).toBeNull();
    expect(split).not.toHaveBeenCalled();

    const count = container().querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    act(() => count.focus());
    expect(count.getAttribute('aria-expanded')).toBe('true');
    expect([...container().querySelectorAll('.split-panel .code')].map((code) => code.textContent)).toEqual([
      'OB-1',
      'OB-2',
    ]);
    expect(split).toHaveBeenCalled();
  });
});
