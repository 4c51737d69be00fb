// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ObjectiveCard } from '../../../components/overlay/ObjectiveCard';
import { readerFormat } from '../../../lib/format/locale';
import { GROW } from './overlay-harness';

describe('ObjectiveCard', () => {
  afterEach(() => render(null, document.body));

  it('shows the period as one phrase in the reader’s format, which never breaks inside a date', () => {
    const objective = { ...GROW, owner: 'Dana Smith', period: { start: '2026-01-01', end: '2026-12-31' } };
    render(<ObjectiveCard objective={objective} />, document.body);
    const period = document.querySelector('.meta .period');
    expect(period?.textContent).toBe(readerFormat.dayRange('2026-01-01', '2026-12-31'));
    expect(period?.textContent).not.toContain('2026-01-01');
    expect(document.querySelector('.meta')?.textContent).toContain('Dana Smith · ');
  });

  it('shows no period, and no separator for one, when the objective has none', () => {
    render(<ObjectiveCard objective={{ ...GROW, owner: 'Dana Smith' }} />, document.body);
    expect(document.querySelector('.meta .period')).toBeNull();
    expect(document.querySelector('.meta')?.textContent?.trim().endsWith('Dana Smith')).toBe(true);
  });
});
