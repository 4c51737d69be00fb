import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import type { Site } from '../../lib/model/site';
import { type AddOutcome, addSiteFlow, type TrackerChoice } from '../../lib/sites/add-site';
import { PAGE_SITE_DEPS } from '../../lib/sites/site-deps';
import { TRACKER_LABELS } from '../../lib/sites/tracker-labels';
import { useOnChange } from '../../lib/workspace/use-on-change';
import { AddSiteOutcome } from './AddSiteOutcome';

export interface AddSiteFormProps {
  /** An address to start from (the popup links to `#sites/<origin>`). */
  initialAddress: string;
  /** The stored sites, to say "already added" before asking for anything. */
  sites: readonly Site[];
}

const CHOICES: { value: TrackerChoice; label: () => string }[] = [
  { value: 'detect', label: () => t('addSiteForm_detectFromTheSiteS') },
  ...(Object.entries(TRACKER_LABELS) as [Site['tracker'], string][]).map(([value, label]) => ({
    value,
    label: () => label,
  })),
];

/** The address of a self-hosted tracker, its kind (or "detect"), and "Add site". */
export function AddSiteForm({ initialAddress, sites }: AddSiteFormProps) {
  const addressId = useId();
  const hintId = useId();
  const [address, setAddress] = useState(initialAddress);
  const [choice, setChoice] = useState<TrackerChoice>('detect');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useOnChange(initialAddress, setAddress);

  // The offer to add anyway replaces the button that had focus: give focus to what replaced it.
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (outcome && focusLost) outcomeRef.current?.focus();
  }, [outcome]);

  // Not async: the permission request inside must start in this click's call stack.
  const add = (typed: string, tracker: TrackerChoice) => {
    setBusy(true);
    setOutcome(null);
    void addSiteFlow(typed, tracker, sites, PAGE_SITE_DEPS).then((result) => {
      setBusy(false);
      setOutcome(result);
      if (result.kind === 'added') setAddress('');
    });
  };

  return (
    <form
      class="add-site"
      aria-label={t('addSiteForm_addASelfHostedSite')}
      onSubmit={(event) => {
        event.preventDefault();
        add(address, choice);
      }}
    >
      <div class="field">
        <label for={addressId}>{t('addSiteForm_siteAddress')}</label>
        <input
          id={addressId}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder={t('addSiteForm_httpsJiraExampleCom')}
          aria-describedby={hintId}
          value={address}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <p class="hint" id={hintId}>
          {t('addSiteForm_anyPageOfTheSite')}
        </p>
      </div>
      <fieldset class="site-tracker-choice">
        <legend>{t('addSiteForm_tracker')}</legend>
        {CHOICES.map(({ value, label }) => (
          <label key={value} class="site-tracker-option">
            <input
              type="radio"
              name="site-tracker"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            {label()}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('addSiteForm_addSite')}
        </button>
      </div>
      {busy && (
        <p class="pending" role="status">
          {t('addSiteForm_adding')}
        </p>
      )}
      <div ref={outcomeRef} tabIndex={-1} class="site-outcome-region">
        {outcome && <AddSiteOutcome outcome={outcome} onAddAnyway={(origin, tracker) => add(origin, tracker)} />}
      </div>
    </form>
  );
}
