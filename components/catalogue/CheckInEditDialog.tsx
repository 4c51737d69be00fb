import { formatChartValue } from '../../lib/catalogue/chart-value';
import {
  CHECK_IN_FIELD_OF_PATH,
  CHECK_IN_FIELDS,
  keepStoredInstant,
  measurementFormValues,
  parseCheckInForm,
} from '../../lib/catalogue/check-in-form';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Reply } from '../../lib/messages/protocol';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import type { Measurement } from '../../lib/model/measurement';
import { CheckInFields } from './CheckInForm';
import { Dialog } from './Dialog';
import { useRecordForm } from './use-record-form';

interface Props {
  target: BenefitTarget;
  measurement: Measurement;
  onClose(): void;
  notify(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

/** Corrects a recorded check-in (value, date, confidence, note); the toast's Undo puts the old one back. */
export function CheckInEditDialog({ target, measurement, onClose, notify }: Props) {
  const form = useRecordForm({
    idPrefix: `edit-check-in-${measurement.id}`,
    fields: CHECK_IN_FIELDS,
    initial: measurementFormValues(measurement),
    parse: (values) => {
      const result = parseCheckInForm(values, { id: measurement.id, targetId: target.id });
      return result.ok ? { ok: true, record: keepStoredInstant(result.record, measurement) } : result;
    },
    fieldOfPath: CHECK_IN_FIELD_OF_PATH,
    save: (record) => send({ type: 'saveRecord', list: 'measurements', record }),
    onSaved: (record) => {
      onClose();
      notify(
        t(
          'checkInEditDialog_savedTheCheckInOf',
          readerFormat.day(record.at),
          formatChartValue(record.value, target.unit),
        ),
        () => send({ type: 'saveRecord', list: 'measurements', record: measurement }),
      );
    },
  });
  return (
    <Dialog title={t('checkInEditDialog_editTheCheckInOf', readerFormat.day(measurement.at))} onClose={onClose}>
      <form class="catalogue-form" noValidate onSubmit={form.submit}>
        <CheckInFields form={form} target={target} />
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            {t('checkInEditDialog_cancel')}
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {t('checkInEditDialog_saveCheckIn')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
