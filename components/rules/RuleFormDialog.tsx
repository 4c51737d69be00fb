import { useMemo } from 'preact/hooks';
import { RULE_KIND_LABELS, ruleLabel } from '../../lib/alignment/rule-label';
import { newRecordId } from '../../lib/catalogue/new-id';
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
  'key-pattern': 'A glob such as PAY-* (any run) or PAY-1?? (one character each), or a regular expression',
  parent: 'Children of this item, and their sub-tasks through inheritance',
  'area-path': 'Backslash-separated, such as Platform\\Checkout',
  'iteration-path': 'Backslash-separated, such as Platform\\Sprint 12',
  'asana-project': 'The number in the project’s address: app.asana.com/0/<project id>/…',
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
    <Dialog title={rule ? `Edit ${ruleLabel(rule)}` : 'New rule'} onClose={onClose}>
      <form class="catalogue-form rule-form" noValidate onSubmit={form.submit}>
        <FormAlert problems={problems.other} />
        <Field id={form.idOf('objectiveId')} label="Objective" error={problems.fields.objectiveId}>
          {(control) => (
            <select
              {...control}
              value={values.objectiveId}
              onChange={(event) => change({ objectiveId: inputValue(event), targetId: '' })}
            >
              <option value="">Choose an objective…</option>
              {sortedObjectives.map((objective) => (
                <option key={objective.id} value={objective.id}>
                  {objective.code} · {objective.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        {objectiveTargets.length > 0 && (
          <Field id={form.idOf('targetId')} label="Benefit target" error={problems.fields.targetId}>
            {(control) => (
              <select {...control} value={values.targetId} onChange={(event) => set('targetId', inputValue(event))}>
                <option value="">None in particular</option>
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
          <Field id={form.idOf('tracker')} label="Tracker" error={problems.fields.tracker}>
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
            label="Site"
            error={problems.fields.site}
            hint="Empty for every site of the tracker"
          >
            {(control) => (
              <input
                {...control}
                value={values.site}
                placeholder={
                  tracker === 'azure-devops'
                    ? 'dev.azure.com/contoso'
                    : tracker === 'asana'
                      ? 'app.asana.com'
                      : 'acme.atlassian.net'
                }
                onInput={(event) => set('site', inputValue(event))}
              />
            )}
          </Field>
        </div>
        <div class="form-row">
          <Field id={form.idOf('kind')} label="Matches on" error={problems.fields.kind}>
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
            <legend>Pattern is</legend>
            {(['glob', 'regex'] as const).map((syntax) => (
              <label key={syntax} class="checkbox">
                <input
                  type="radio"
                  name="rule-syntax"
                  checked={values.syntax === syntax}
                  onChange={() => set('syntax', syntax)}
                />
                {syntax === 'glob' ? 'A glob (* and ?)' : 'A regular expression'}
              </label>
            ))}
          </fieldset>
        )}
        {PATH_RULE_KINDS.has(kind) && (
          <fieldset class="choice">
            <legend>Covers</legend>
            {(['under', 'exact'] as const).map((scope) => (
              <label key={scope} class="checkbox">
                <input
                  type="radio"
                  name="rule-scope"
                  checked={values.scope === scope}
                  onChange={() => set('scope', scope)}
                />
                {scope === 'under' ? 'This path and everything under it' : 'Exactly this path'}
              </label>
            ))}
          </fieldset>
        )}
        <Field
          id={form.idOf('name')}
          label="Name"
          error={problems.fields.name}
          hint="Optional; the hover card and the popup say it (“rule: …”)"
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
          On: the rule aligns the work it matches
        </label>
        <section class="rule-preview" aria-labelledby="rule-preview-heading" aria-live="polite">
          <h3 id="rule-preview-heading">Seen work it matches</h3>
          {preview === null ? (
            <p class="muted">Fill in what the rule matches to see the work it covers.</p>
          ) : (
            <>
              <p>
                <strong>{preview.length}</strong> of {items.length} seen {items.length === 1 ? 'item' : 'items'}
                {preview.length > PREVIEWED && `; the first ${PREVIEWED}:`}
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
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {rule ? 'Save' : 'Create rule'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
