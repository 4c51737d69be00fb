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
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import { BENEFIT_DIRECTIONS, type BenefitTarget } from '../../lib/model/benefit-target';
import { Dialog } from './Dialog';
import { Field, FormAlert, inputValue } from './Field';
import { useRecordForm } from './use-record-form';

const FIELDS: readonly TargetField[] = ['name', 'unit', 'kind', 'direction', 'baseline', 'target', 'dueDate', 'owner'];

const DIRECTION_HINTS: Record<string, string> = {
  get increase() {
    return t('targetFormDialog_theTargetMustBeAbove');
  },
  get decrease() {
    return t('targetFormDialog_theTargetMustBeBelow');
  },
  get 'keep-within'() {
    return t('targetFormDialog_theValueShouldStayIn');
  },
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
    <Dialog
      title={target ? t('targetFormDialog_edit', target.name) : t('targetFormDialog_newBenefitTarget')}
      onClose={onClose}
    >
      <form class="catalogue-form" noValidate onSubmit={form.submit}>
        <FormAlert problems={problems.other} conflict={form.conflict} />
        <div class="form-grid">
          <div class="wide">
            <Field
              id={form.idOf('name')}
              label={t('targetFormDialog_name')}
              error={problems.fields.name}
              hint={t('targetFormDialog_theMetricSuchAsSelf')}
            >
              {(control) => <input {...control} {...bind('name')} required />}
            </Field>
          </div>
          <Field
            id={form.idOf('unit')}
            label={t('targetFormDialog_unit')}
            error={problems.fields.unit}
            hint={t('targetFormDialog_suchAsEurDays')}
          >
            {(control) => <input {...control} {...bind('unit')} />}
          </Field>
          <Field id={form.idOf('kind')} label={t('targetFormDialog_kind')} error={problems.fields.kind}>
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
              label={t('targetFormDialog_direction')}
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
          <Field id={form.idOf('dueDate')} label={t('targetFormDialog_dueDate')} error={problems.fields.dueDate}>
            {(control) => <input {...control} {...bind('dueDate')} type="date" />}
          </Field>
          <Field id={form.idOf('owner')} label={t('targetFormDialog_owner')} error={problems.fields.owner}>
            {(control) => <input {...control} {...bind('owner')} autocomplete="name" />}
          </Field>
        </div>
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            {t('targetFormDialog_cancel')}
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {target ? t('targetFormDialog_save') : t('targetFormDialog_addBenefitTarget')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
