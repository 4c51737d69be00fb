import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { changedSettings, draftOf, readDraft, withTracker } from '../../../lib/settings/settings-form';

describe('settings form', () => {
  it('reads the draft of the stored settings back unchanged', () => {
    expect(readDraft(draftOf(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it.each(['0', '366', '12.5', '', 'ten', '-3', '1e2'])('refuses %j days with a sentence for the form', (days) => {
    const result = readDraft({ ...draftOf(DEFAULT_SETTINGS), staleAfterDays: days });
    expect(result).toEqual({
      ok: false,
      errors: { staleAfterDays: 'Enter a whole number of days from 1 to 365.' },
    });
  });

  it.each([
    ['1', 1],
    [' 365 ', 365],
    ['030', 30],
  ])('accepts %j days', (days, value) => {
    const result = readDraft({ ...draftOf(DEFAULT_SETTINGS), staleAfterDays: days });
    expect(result.ok && result.settings.staleAfterDays).toBe(value);
  });

  it('keeps the trackers in one order, whatever order they were ticked in', () => {
    const result = readDraft({ ...draftOf(DEFAULT_SETTINGS), trackers: ['azure-devops', 'jira'] });
    expect(result.ok && result.settings.trackers).toEqual(['jira', 'azure-devops']);
  });

  it('allows no tracker at all (Throughline then stays silent everywhere)', () => {
    const result = readDraft({ ...draftOf(DEFAULT_SETTINGS), trackers: [] });
    expect(result.ok && result.settings.trackers).toEqual([]);
  });

  it('names only the fields that changed', () => {
    expect(changedSettings(DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual({});
    expect(changedSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, staleAfterDays: 30 })).toEqual({
      staleAfterDays: 30,
    });
    expect(changedSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, density: 'full', trackers: ['jira'] })).toEqual({
      density: 'full',
      trackers: ['jira'],
    });
    expect(
      changedSettings(
        { ...DEFAULT_SETTINGS, trackers: ['asana', 'jira'] },
        { ...DEFAULT_SETTINGS, trackers: ['jira', 'asana'] },
      ),
    ).toEqual({});
  });

  it('turns one tracker on or off, keeping the canonical order', () => {
    expect(withTracker(['azure-devops'], 'jira', true)).toEqual(['jira', 'azure-devops']);
    expect(withTracker(['jira', 'asana'], 'jira', false)).toEqual(['asana']);
  });
});
