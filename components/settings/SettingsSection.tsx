import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import { TRACKERS } from '../../lib/model/item-id';
import type { Settings } from '../../lib/model/settings';
import {
  changedSettings,
  draftOf,
  readDraft,
  type SettingsDraft,
  type SettingsErrors,
  STALE_DAYS_MAX,
  STALE_DAYS_MIN,
  withTracker,
} from '../../lib/settings/settings-form';
import { TRACKER_NAMES } from '../links/tracker-names';
import './settings.css';

type Outcome = { kind: 'saved' } | { kind: 'unchanged' } | { kind: 'failed'; error: string } | null;

/** The user's preferences: when check-ins count as stale, how much chips show, and on which trackers. */
export function SettingsSection() {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const daysInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void send({ type: 'getSettings' }).then((reply) => {
      if (!reply.ok) return setLoadError(reply.error);
      setSaved(reply.data);
      setDraft(draftOf(reply.data));
    });
  }, []);

  if (loadError)
    return (
      <SettingsFrame>
        <p class="problem-alert" role="alert">
          {t('settingsSection_theSettingsCouldNotBe', loadError)}
        </p>
      </SettingsFrame>
    );
  if (!saved || !draft)
    return (
      <SettingsFrame>
        <p class="pending">{t('settingsSection_loadingSettings')}</p>
      </SettingsFrame>
    );

  const edit = (changes: Partial<SettingsDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    setOutcome(null);
    // Checked as the user types, so the message sits beside the field before Save is pressed.
    const read = readDraft(next);
    setErrors(read.ok ? {} : read.errors);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      if (read.errors.staleAfterDays) daysInput.current?.focus();
      return;
    }
    const changes = changedSettings(saved, read.settings);
    if (Object.keys(changes).length === 0) return setOutcome({ kind: 'unchanged' });
    setSaving(true);
    const reply = await send({ type: 'saveSettings', settings: changes });
    setSaving(false);
    if (!reply.ok) return setOutcome({ kind: 'failed', error: reply.error });
    setSaved(reply.data);
    setDraft(draftOf(reply.data));
    setOutcome({ kind: 'saved' });
  };

  const daysError = errors.staleAfterDays;
  return (
    <SettingsFrame>
      <form class="settings-form" onSubmit={submit} noValidate>
        <div class="settings-field">
          <label for="settings-stale-days">{t('settingsSection_checkInsGoStaleAfter')}</label>
          <input
            id="settings-stale-days"
            ref={daysInput}
            type="number"
            inputMode="numeric"
            min={STALE_DAYS_MIN}
            max={STALE_DAYS_MAX}
            step={1}
            value={draft.staleAfterDays}
            aria-invalid={daysError ? true : undefined}
            aria-describedby={
              daysError ? 'settings-stale-days-hint settings-stale-days-error' : 'settings-stale-days-hint'
            }
            onInput={(event) => edit({ staleAfterDays: (event.currentTarget as HTMLInputElement).value })}
          />
          <p id="settings-stale-days-hint" class="hint">
            {t('settingsSection_aBenefitTargetWhoseLatest', STALE_DAYS_MIN, STALE_DAYS_MAX)}
          </p>
          {daysError && (
            <p id="settings-stale-days-error" class="settings-error">
              {daysError}
            </p>
          )}
        </div>

        <fieldset class="settings-field">
          <legend>{t('settingsSection_chipDensity')}</legend>
          {(
            [
              ['compact', t('settingsSection_compact'), t('settingsSection_objectiveCodesAndProgressOn')],
              ['full', t('settingsSection_full'), t('settingsSection_eachObjectiveSTitleToo')],
            ] as const
          ).map(([value, label, explanation]) => (
            <label key={value} class="settings-option">
              <input
                type="radio"
                name="density"
                value={value}
                checked={draft.density === value}
                onChange={() => edit({ density: value })}
              />
              <span>
                {label} <span class="hint">— {explanation}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset class="settings-field">
          <legend>{t('settingsSection_showThroughlineOn')}</legend>
          {TRACKERS.map((tracker) => (
            <label key={tracker} class="settings-option">
              <input
                type="checkbox"
                checked={draft.trackers.includes(tracker)}
                onChange={(event) =>
                  edit({
                    trackers: withTracker(draft.trackers, tracker, (event.currentTarget as HTMLInputElement).checked),
                  })
                }
              />
              <span>{TRACKER_NAMES[tracker]}</span>
            </label>
          ))}
          {draft.trackers.length === 0 && <p class="hint">{t('settingsSection_withNoTrackerTickedThroughline')}</p>}
        </fieldset>

        <fieldset class="settings-field">
          <legend>{t('settingsSection_askTheTrackerForLabels')}</legend>
          <p class="hint">{t('settingsSection_rulesAndInheritanceNeedFacts')}</p>
          {TRACKERS.map((tracker) => (
            <label key={tracker} class="settings-option">
              <input
                type="checkbox"
                checked={draft.factsFetching.includes(tracker)}
                onChange={(event) =>
                  edit({
                    factsFetching: withTracker(
                      draft.factsFetching,
                      tracker,
                      (event.currentTarget as HTMLInputElement).checked,
                    ),
                  })
                }
              />
              <span>{TRACKER_NAMES[tracker]}</span>
            </label>
          ))}
        </fieldset>

        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {t('settingsSection_saveSettings')}
          </button>
        </div>
        <div role="status" class="settings-outcome">
          {outcome?.kind === 'saved' && <p class="success">{t('settingsSection_settingsSaved')}</p>}
          {outcome?.kind === 'unchanged' && <p class="hint">{t('settingsSection_nothingToSaveTheseAre')}</p>}
        </div>
        {outcome?.kind === 'failed' && (
          <p class="problem-alert" role="alert">
            {t('settingsSection_theSettingsWereNotSaved', outcome.error)}
          </p>
        )}
      </form>
    </SettingsFrame>
  );
}

function SettingsFrame({ children }: { children: ComponentChildren }) {
  return (
    <section aria-labelledby="settings-heading" class="stack">
      <h2 id="settings-heading">{t('settingsSection_settings')}</h2>
      {children}
    </section>
  );
}
