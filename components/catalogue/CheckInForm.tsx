import { useMemo, useState } from 'preact/hooks';
import { formatChartValue } from '../../lib/catalogue/chart-value';
import {
  CHECK_IN_FIELD_OF_PATH,
  CHECK_IN_FIELDS,
  type CheckInField,
  checkInFormValues,
  parseCheckInForm,
} from '../../lib/catalogue/check-in-form';
import { newRecordId } from '../../lib/catalogue/new-id';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Reply } from '../../lib/messages/protocol';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import { Field, FormAlert, inputValue } from './Field';
import { type RecordForm, useRecordForm } from './use-record-form';

interface Props {
  target: BenefitTarget;
  notify(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

/**
 * Records a check-in of a target. After each one the form starts again
 * (a new record, dated today) so the next can follow at once.
 */
export function CheckInForm({ target, notify }: Props) {
  const [round, setRound] = useState(0);
  return <CheckInFormRound key={round} target={target} notify={notify} onRecorded={() => setRound(round + 1)} />;
}

function CheckInFormRound({ target, notify, onRecorded }: Props & { onRecorded(): void }) {
  const id = useMemo(() => newRecordId('ms'), []);
  const prefix = `check-in-${target.id}`;
  const form = useRecordForm({
    idPrefix: prefix,
    fields: CHECK_IN_FIELDS,
    initial: checkInFormValues(new Date()),
    parse: (values) => parseCheckInForm(values, { id, targetId: target.id }),
    fieldOfPath: CHECK_IN_FIELD_OF_PATH,
    save: (record) => send({ type: 'saveRecord', list: 'measurements', record }),
    onSaved: (record) => {
      onRecorded();
      notify(
        t(
          'checkInForm_recordedOn',
          target.name,
          formatChartValue(record.value, target.unit),
          readerFormat.day(record.at),
        ),
        () => send({ type: 'deleteRecord', list: 'measurements', id: record.id }),
      );
      // The new round's value field is where the next check-in starts.
      requestAnimationFrame(() => document.getElementById(`${prefix}-value`)?.focus());
    },
  });
  return (
    <form
      class="catalogue-form check-in-form"
      noValidate
      onSubmit={form.submit}
      aria-label={t('checkInForm_recordACheckInOf', target.name)}
    >
      <CheckInFields form={form} target={target} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={form.saving}>
          {t('checkInForm_recordCheckIn')}
        </button>
      </div>
    </form>
  );
}

/** The check-in's fields with their problems; the recording form and the edit dialog share them. */
export function CheckInFields({ form, target }: { form: RecordForm<CheckInField>; target: BenefitTarget }) {
  const { values, problems, set } = form;
  const bind = (field: CheckInField) => ({
    value: values[field],
    onInput: (event: Event) => set(field, inputValue(event)),
  });
  return (
    <>
      <FormAlert problems={problems.other} />
      <div class="form-grid">
        <Field
          id={form.idOf('value')}
          label={target.unit ? t('checkInForm_value', target.unit) : t('checkInForm_value2')}
          error={problems.fields.value}
        >
          {(control) => <input {...control} {...bind('value')} inputMode="decimal" autocomplete="off" required />}
        </Field>
        <Field id={form.idOf('at')} label={t('checkInForm_date')} error={problems.fields.at}>
          {(control) => <input {...control} {...bind('at')} type="date" required />}
        </Field>
        <Field
          id={form.idOf('confidence')}
          label={t('checkInForm_confidence')}
          error={problems.fields.confidence}
          hint={t('checkInForm_0100HowSureThe')}
        >
          {(control) => <input {...control} {...bind('confidence')} inputMode="decimal" autocomplete="off" />}
        </Field>
        <div class="wide">
          <Field id={form.idOf('note')} label={t('checkInForm_note')} error={problems.fields.note}>
            {(control) => <input {...control} {...bind('note')} />}
          </Field>
        </div>
      </div>
    </>
  );
}
