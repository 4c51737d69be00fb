// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import { chipLabel, renderChips } from '../../../lib/overlay/chip-dom';

const GROW: ObjectiveSummary = {
  id: 'ob-grow',
  code: 'GROW-2',
  title: 'Self-serve revenue',
  status: 'active',
  targets: [],
};

describe('chip wording', () => {
  it('says code and title, with progress only when there is some', () => {
    expect(chipLabel(GROW)).toEqual({
      code: 'GROW-2',
      title: 'Self-serve revenue',
      progress: null,
      spoken: 'GROW-2 · Self-serve revenue',
    });
  });

  it('is what the chips show and say', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    renderChips(root, {
      itemKey: 'PAY-1',
      kind: 'card',
      full: false,
      alignments: [{ objectiveId: GROW.id, via: 'link' }],
      objectives: new Map([[GROW.id, GROW]]),
    });
    const chip = root.querySelector('.chip')!;
    expect(chip.getAttribute('aria-label')).toBe(chipLabel(GROW).spoken);
    expect(chip.textContent).toBe('GROW-2');
  });
});
