// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chipWording } from '../../../lib/format/chip-wording';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import { type ChipsModel, clearChips, renderChips } from '../../../lib/overlay/chip-dom';
import type { ItemKind } from '../../../lib/trackers/adapter';
import { progress } from '../outcomes/fixtures';

const GROW: ObjectiveSummary = {
  id: 'ob-grow',
  code: 'GROW-2',
  title: 'Self-serve revenue',
  status: 'active',
  targets: [],
};

/** An item linked to GROW, as a card shows it unless told otherwise. */
function linkedToGrow(itemKey = 'PAY-1', kind: ItemKind = 'card'): ChipsModel {
  return {
    itemKey,
    kind,
    full: false,
    alignments: [{ objectiveId: GROW.id, via: 'link' }],
    objectives: new Map([[GROW.id, GROW]]),
  };
}

describe('chips', () => {
  it('show and say the shared chip wording', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    renderChips(root, linkedToGrow());
    const chip = root.querySelector('.chip')!;
    expect(chip.getAttribute('aria-label')).toBe(chipWording(GROW).label);
    expect(chip.querySelector('.code')?.textContent).toBe('GROW-2');
    // An objective with work and no benefit target is flagged, as everywhere it is shown.
    expect(chip.getAttribute('data-warnings')).toBe('no-target');
  });

  it("say what an objective's latest summary says: a new one for the same objective is worded anew", () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const draw = (objective: ObjectiveSummary) =>
      renderChips(root, {
        itemKey: 'PAY-1',
        kind: 'card',
        full: false,
        alignments: [{ objectiveId: objective.id, via: 'link' }],
        objectives: new Map([[objective.id, objective]]),
      });
    const half = { ...GROW, targets: [progress('t1', { ratio: 0.45 })] };
    draw(half);
    draw(half);
    expect(root.querySelector('.chip')?.getAttribute('aria-label')).toBe(chipWording(half).label);
    const stale = { ...GROW, targets: [progress('t1', { ratio: 0.8, stale: true })] };
    draw(stale);
    const chip = root.querySelector('.chip')!;
    expect(chip.getAttribute('aria-label')).toBe(chipWording(stale).label);
    expect(chip.getAttribute('aria-label')).not.toBe(chipWording(half).label);
    expect(chip.querySelector('.stale-mark')).not.toBeNull();
  });

  it('name their own item on every card that shows the same objectives, each in chips of its own', () => {
    const roots = ['PAY-1', 'PAY-2'].map((itemKey) => {
      const root = document.createElement('div').attachShadow({ mode: 'open' });
      renderChips(root, linkedToGrow(itemKey));
      return root;
    });
    const [first, second] = roots.map((root) => root.querySelector('.chips')!);
    expect(first).not.toBe(second);
    expect(first!.querySelector('.add')?.getAttribute('aria-label')).toContain('PAY-1');
    expect(second!.querySelector('.add')?.getAttribute('aria-label')).toContain('PAY-2');
    expect(second!.querySelector('.chip')?.getAttribute('aria-label')).toBe(chipWording(GROW).label);
    first!.querySelector('.chip')!.remove();
    expect(second!.querySelectorAll('.chip')).toHaveLength(1);
    // The long form on an issue's own page is built apart from the card's.
    const detail = document.createElement('div').attachShadow({ mode: 'open' });
    renderChips(detail, linkedToGrow('PAY-3', 'detail'));
    expect(detail.querySelector('.title')?.textContent).toBe(GROW.title);
    expect(second!.querySelector('.title')).toBeNull();
  });

  it('come out again, leaving the root as a new one is, a fallback style kept', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    root.append(style);
    const model = linkedToGrow();
    renderChips(root, model);
    expect(root.host.getAttribute('data-chips')).toBe('1');
    clearChips(root);
    expect([...root.children]).toEqual([style]);
    expect(root.host.hasAttribute('data-chips')).toBe(false);
    clearChips(root);
    expect([...root.children]).toEqual([style]);
    renderChips(root, model);
    expect(root.querySelectorAll('.chips')).toHaveLength(1);
  });

  it('tell the host how many dots a packed row must keep room for, four at most', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const objectives = Array.from({ length: 6 }, (_, n) => ({ ...GROW, id: `ob-${n}`, code: `GROW-${n}` }));
    const model = (count: number) => ({
      itemKey: 'PAY-1',
      kind: 'row' as const,
      full: false,
      alignments: objectives.slice(0, count).map((objective) => ({ objectiveId: objective.id, via: 'link' as const })),
      objectives: new Map(objectives.map((objective) => [objective.id, objective])),
    });
    renderChips(root, model(2));
    expect(root.host.getAttribute('data-chips')).toBe('2');
    renderChips(root, model(6));
    expect(root.host.getAttribute('data-chips')).toBe('4');
    expect(root.querySelectorAll('.chip')).toHaveLength(6);
    renderChips(root, model(0));
    expect(root.host.getAttribute('data-chips')).toBe('0');
  });
});
