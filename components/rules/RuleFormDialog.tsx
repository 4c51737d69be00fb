import { useMemo } from 'preact/hooks';
import { RULE_KIND_LABELS, ruleLabel } from '../../lib/alignment/rule-label';
import { newRecordId } from '../../lib/catalogue/new-id';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { pluralKey } from '../../lib/i18n/plural';
import { send } from '../../lib/messages/client';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import { TRACKERS, type Tracker } from '../../lib/model/item-id';
import type { Objective } from '../../lib/model/objective';
import { PATH_RULE_KINDS, type Rule, type RuleMatchKind } from '../../lib/model/rule';
import {
  kindsFor,
  parseRuleForm,
  RULE_FIELD_OF_PATH,
  type RuleField,
  ruleFormValues,
  VALUE_LABELS,
} from '../../lib/rules/rule-form';
import { itemsMatching, type MatchableItem } from '../../lib/rules/seen-matches';
import { Dialog } from '../catalogue/Dialog';
import { Field, FormAlert, inputValue } from '../catalogue/Field';
import { useRecordForm } from '../catalogue/use-record-form';
import { TRACKER_NAMES } from '../links/tracker-names';

const FIELDS: readonly RuleField[] = [
  'objectiveId',
  'targetId',
  'tracker',
  'site',
  'kind',
  'value',
  'syntax',
  'scope',
  'name',
  'enabled',
];
/** The preview lists this many matching items; the count covers them all. */
const PREVIEWED = 50;

const VALUE_HINTS: Partial<Record<RuleMatchKind, string>> = {
  get 'key-pattern'() {
    return t('ruleFormDialog_aGlobSuchAsPay');
  },
  get parent() {
    return t('ruleFormDialog_childrenOfThisItemAnd');
  },
  get 'area-path'() {
    return t('ruleFormDialog_backslashSeparatedSuchAsPlatform');
  },
  get 'iteration-path'() {
    return t('ruleFormDialog_backslashSeparatedSuchAsPlatform2');
  },
  get 'asana-project'() {
    return t('ruleFormDialog_theNumberInTheProject');
  },
};

interface Props {
  rule?: Rule;
  /** The objective a new rule starts with (the section may be filtered to one). */
  objectiveId?: string;
  objectives: readonly Objective[];
  targets: readonly BenefitTarget[];
  rules: readonly Rule[];
  items: readonly MatchableItem[];
  onClose(): void;
  onSaved(rule: Rule, created: boolean): void;
}

/**
 * Creates or edits a rule, with a live preview of the seen items it matches
 * as it is typed: how many, and the first of them.
 */
export function RuleFormDialog({ rule, objectiveId, objectives, targets, rules, items, onClose, onSaved }: Props) {
  const id = useMemo(() => rule?.id ?? newRecordId('ru'), [rule]);
  const form = useRecordForm({
    idPrefix: 'rule-form',
    fields: FIELDS,
    initial: ruleFormValues(rule, objectiveId),
    parse: (values) => parseRuleForm(values, id, rules),
    fieldOfPath: RULE_FIELD_OF_PATH,
    save: (record) => send({ type: 'saveRecord', list: 'rules', record }),
    onSaved: (record) => onSaved(record, rule === undefined),
  });
  const { values, problems, set, change } = form;
  const tracker = values.tracker as Tracker;
  const kind = values.kind as RuleMatchKind;
  const kinds = kindsFor(tracker);
  const objectiveTargets = targets.filter((target) => target.objectiveId === values.objectiveId);
  const sortedObjectives = useMemo(
    () => [...objectives].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })),
    [objectives],
  );

  // The preview reads what is typed so far; until it reads as a rule, it says why not.
  const preview = useMemo(() => {
    const parsed = parseRuleForm({ ...values, objectiveId: values.objectiveId || '-' }, id, []);
    if (!parsed.ok) return null;
    return itemsMatching(parsed.record, items);
  }, [values, id, items]);

  const changeTracker = (next: string) => {
    const nextKinds = kindsFor(next as Tracker);
    change({ tracker: next, ...(!nextKinds.includes(kind) && { kind: nextKinds[0]! }) });
  };

  return (
    <Dialog title={rule ? t('ruleFormDialog_edit', ruleLabel(rule)) : t('ruleFormDialog_newRule')} onClose={onClose}>
      <form class="catalogue-form rule-form" noValidate onSubmit={form.submit}>
        <FormAlert problems={problems.other} />
        <Field id={form.idOf('objectiveId')} label={t('ruleFormDialog_objective')} error={problems.fields.objectiveId}>
          {(control) => (
            <select
              {...control}
              value={values.objectiveId}
              onChange={(event) => change({ objectiveId: inputValue(event), targetId: '' })}
            >
              <option value="">{t('ruleFormDialog_chooseAnObjective')}</option>
              {sortedObjectives.map((objective) => (
                <option key={objective.id} value={objective.id}>
                  {objective.code} · {objective.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        {objectiveTargets.length > 0 && (
          <Field id={form.idOf('targetId')} label={t('ruleFormDialog_benefitTarget')} error={problems.fields.targetId}>
            {(control) => (
              <select {...control} value={values.targetId} onChange={(event) => set('targetId', inputValue(event))}>
                <option value="">{t('ruleFormDialog_noneInParticular')}</option>
                {objectiveTargets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div class="form-row">
          <Field id={form.idOf('tracker')} label={t('ruleFormDialog_tracker')} error={problems.fields.tracker}>
            {(control) => (
              <select {...control} value={values.tracker} onChange={(event) => changeTracker(inputValue(event))}>
                {TRACKERS.map((option) => (
                  <option key={option} value={option}>
                    {TRACKER_NAMES[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={form.idOf('site')}
            label={t('ruleFormDialog_site')}
            error={problems.fields.site}
            hint={t('ruleFormDialog_emptyForEverySiteOf')}
          >
            {(control) => (
              <input
                {...control}
                value={values.site}
                placeholder={
                  tracker === 'azure-devops'
                    ? t('ruleFormDialog_devAzureComContoso')
                    : tracker === 'asana'
                      ? t('ruleFormDialog_appAsanaCom')
                      : t('ruleFormDialog_acmeAtlassianNet')
                }
                onInput={(event) => set('site', inputValue(event))}
              />
            )}
          </Field>
        </div>
        <div class="form-row">
          <Field id={form.idOf('kind')} label={t('ruleFormDialog_matchesOn')} error={problems.fields.kind}>
            {(control) => (
              <select {...control} value={values.kind} onChange={(event) => set('kind', inputValue(event))}>
                {kinds.map((option) => (
                  <option key={option} value={option}>
                    {RULE_KIND_LABELS[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={form.idOf('value')}
            label={VALUE_LABELS[kind]}
            error={problems.fields.value}
            hint={VALUE_HINTS[kind]}
          >
            {(control) => (
              <input {...control} value={values.value} required onInput={(event) => set('value', inputValue(event))} />
            )}
          </Field>
        </div>
        {kind === 'key-pattern' && (
          <fieldset class="choice">
            <legend>{t('ruleFormDialog_patternIs')}</legend>
            {(['glob', 'regex'] as const).map((syntax) => (
              <label key={syntax} class="checkbox">
                <input
                  type="radio"
                  name="rule-syntax"
                  checked={values.syntax === syntax}
                  onChange={() => set('syntax', syntax)}
                />
                {syntax === 'glob' ? t('ruleFormDialog_aGlobAnd') : t('ruleFormDialog_aRegularExpression')}
              </label>
            ))}
          </fieldset>
        )}
        {PATH_RULE_KINDS.has(kind) && (
          <fieldset class="choice">
            <legend>{t('ruleFormDialog_covers')}</legend>
            {(['under', 'exact'] as const).map((scope) => (
              <label key={scope} class="checkbox">
                <input
                  type="radio"
                  name="rule-scope"
                  checked={values.scope === scope}
                  onChange={() => set('scope', scope)}
                />
                {scope === 'under'
                  ? t('ruleFormDialog_thisPathAndEverythingUnder')
                  : t('ruleFormDialog_exactlyThisPath')}
              </label>
            ))}
          </fieldset>
        )}
        <Field
          id={form.idOf('name')}
          label={t('ruleFormDialog_name')}
          error={problems.fields.name}
          hint={t('ruleFormDialog_optionalTheHoverCardAnd')}
        >
          {(control) => (
            <input
              {...control}
              value={values.name}
              placeholder={
                values.value ? ruleLabel({ match: { kind, value: values.value, scope: values.scope as 'under' } }) : ''
              }
              onInput={(event) => set('name', inputValue(event))}
            />
          )}
        </Field>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={values.enabled === 'yes'}
            onChange={(event) => set('enabled', (event.currentTarget as HTMLInputElement).checked ? 'yes' : '')}
          />
          {t('ruleFormDialog_onTheRuleAlignsThe')}
        </label>
        <section class="rule-preview" aria-labelledby="rule-preview-heading" aria-live="polite">
          <h3 id="rule-preview-heading">{t('ruleFormDialog_seenWorkItMatches')}</h3>
          {preview === null ? (
            <p class="muted">{t('ruleFormDialog_fillInWhatTheRule')}</p>
          ) : (
            <>
              <p>
                {messageParts(
                  pluralKey('ruleFormDialog_ofSeenItems', items.length),
                  readerFormat.number(items.length),
                  <strong>{readerFormat.number(preview.length)}</strong>,
                  preview.length > PREVIEWED ? t('ruleFormDialog_theFirst', PREVIEWED) : '',
                )}
              </p>
              {preview.length > 0 && (
                <ul class="rule-preview-list">
                  {preview.slice(0, PREVIEWED).map((item) => (
                    <li key={item.id}>
                      <span class="key">{item.ref.key}</span> {item.title ?? ''}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            {t('ruleFormDialog_cancel')}
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {rule ? t('ruleFormDialog_save') : t('ruleFormDialog_createRule')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
