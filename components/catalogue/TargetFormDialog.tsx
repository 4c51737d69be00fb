import { useMemo } from 'preact/hooks';
import { DIRECTION_LABELS, KIND_LABELS } from '../../lib/catalogue/labels';
import { newRecordId } from '../../lib/catalogue/new-id';
import {
  boundLabels,
  parseTargetForm,
  TARGET_FIELD_OF_PATH,
  type TargetField,
  targetFormValues,
} from '../../lib/catalogue/target-form';
import { pageDatabase } from '../../lib/db/page-database';
import { send } from '../../lib/messages/client';
import { BENEFIT_DIRECTIONS, type BenefitTarget } from '../../lib/model/benefit-target';
import { Dialog } from './Dialog';
import { Field, FormAlert, inputValue } from './Field';
import { useRecordForm } from './use-record-form';

const FIELDS: readonly TargetField[] = ['name', 'unit', 'kind', 'direction', 'baseline', 'target', 'dueDate', 'owner'];

const DIRECTION_HINTS: Record<string, string> = {
  increase: 'The target must be above the baseline.',
  decrease: 'The target must be below the baseline.',
  'keep-within': 'The value should stay in a band: the baseline is its lower and the target its upper bound.',
};

interface Props {
  objectiveId: string;
  /** The target to edit; none to add one. */
  target?: BenefitTarget;
  onClose(): void;
  onSaved(target: BenefitTarget, created: boolean): void;
}

/** Adds or edits a benefit target; the baseline and target are checked against the direction. */
export function TargetFormDialog({ objectiveId, target, onClose, onSaved }: Props) {
  const id = useMemo(() => target?.id ?? newRecordId('bt'), [target]);
  const form = useRecordForm({
    idPrefix: 'target-form',
    fields: FIELDS,
    initial: targetFormValues(target),
    parse: (values) => parseTargetForm(values, { id, objectiveId }),
    fieldOfPath: TARGET_FIELD_OF_PATH,
    save: (record, base) => send({ type: 'saveRecord', list: 'benefitTargets', record, ...(base && { base }) }),
    ...(target && {
      stored: {
        record: target,
        read: () => pageDatabase.benefitTargets.get(target.id),
        valuesOf: (fresh: object) => targetFormValues(fresh as BenefitTarget),
      },
    }),
    onSaved: (record) => onSaved(record, target === undefined),
  });
  const { values, problems, set } = form;
  const bind = (field: TargetField) => ({
    value: values[field],
    onInput: (event: Event) => set(field, inputValue(event)),
  });
  const labels = boundLabels(values.direction);

  return (
    <Dialog title={target ? `Edit ${target.name}` : 'New benefit target'} onClose={onClose}>
      <form class="catalogue-form" noValidate onSubmit={form.submit}>
        <FormAlert problems={problems.other} conflict={form.conflict} />
        <div class="form-grid">
          <div class="wide">
            <Field
              id={form.idOf('name')}
              label="Name"
              error={problems.fields.name}
              hint="The metric, such as Self-serve revenue"
            >
              {(control) => <input {...control} {...bind('name')} required />}
            </Field>
          </div>
          <Field id={form.idOf('unit')} label="Unit" error={problems.fields.unit} hint="Such as EUR, %, days">
            {(control) => <input {...control} {...bind('unit')} />}
          </Field>
          <Field id={form.idOf('kind')} label="Kind" error={problems.fields.kind}>
            {(control) => (
              <select {...control} value={values.kind} onChange={(event) => set('kind', inputValue(event))}>
                {(['financial', 'non-financial'] as const).map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div class="wide">
            <Field
              id={form.idOf('direction')}
              label="Direction"
              error={problems.fields.direction}
              hint={DIRECTION_HINTS[values.direction]}
            >
              {(control) => (
                <select {...control} value={values.direction} onChange={(event) => set('direction', inputValue(event))}>
                  {BENEFIT_DIRECTIONS.map((direction) => (
                    <option key={direction} value={direction}>
                      {DIRECTION_LABELS[direction]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id={form.idOf('baseline')} label={labels.baseline} error={problems.fields.baseline}>
            {(control) => <input {...control} {...bind('baseline')} inputMode="decimal" autocomplete="off" required />}
          </Field>
          <Field id={form.idOf('target')} label={labels.target} error={problems.fields.target}>
            {(control) => <input {...control} {...bind('target')} inputMode="decimal" autocomplete="off" required />}
          </Field>
          <Field id={form.idOf('dueDate')} label="Due date" error={problems.fields.dueDate}>
            {(control) => <input {...control} {...bind('dueDate')} type="date" />}
          </Field>
          <Field id={form.idOf('owner')} label="Owner" error={problems.fields.owner}>
            {(control) => <input {...control} {...bind('owner')} autocomplete="name" />}
          </Field>
        </div>
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {target ? 'Save' : 'Add benefit target'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
