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

  it('names the eight objectives served most, and how many more there are', () => {
    const many = (count: number): SummarySplit[] =>
      Array.from({ length: count }, (_, index) => ({
        objectiveId: `ob-${index + 1}`,
        code: `OB-${index + 1}`,
        title: `Objective ${index + 1}`,
        count: count - index,
      }));
    const open = (split: SummarySplit[]) => {
      act(() => {
        render(
          <SummaryBar aligned={40} total={50} split={() => split} dimmed={false} onToggleDim={() => {}} />,
          container(),
        );
      });
      act(() => container().querySelector<HTMLButtonElement>('button[aria-expanded]')!.focus());
      const panel = container().querySelector('.split-panel')!;
      return {
        codes: [...panel.querySelectorAll('.code')].map((code) => code.textContent),
        more: panel.querySelector('.more')?.textContent ?? null,
      };
    };

    const twelve = open(many(12));
    expect(twelve.codes).toEqual(['OB-1', 'OB-2', 'OB-3', 'OB-4', 'OB-5', 'OB-6', 'OB-7', 'OB-8']);
    expect(twelve.more).toBe('and 4 more objectives');
    expect(open(many(9)).more).toBe('and 1 more objective');
    const eight = open(many(8));
    expect(eight.codes).toHaveLength(8);
    expect(eight.more).toBeNull();
  });
});
