import { useMemo } from 'preact/hooks';
import { STATUS_LABELS } from '../../lib/catalogue/labels';
import { newRecordId } from '../../lib/catalogue/new-id';
import {
  OBJECTIVE_FIELD_OF_PATH,
  type ObjectiveField,
  objectiveFormValues,
  parseObjectiveForm,
} from '../../lib/catalogue/objective-form';
import { compareObjectives, descendantIds } from '../../lib/catalogue/objective-tree';
import { pageDatabase } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Objective } from '../../lib/model/objective';
import { OBJECTIVE_STATUSES } from '../../lib/model/objective-statuses';
import type { Theme } from '../../lib/model/theme';
import { Dialog } from './Dialog';
import { Field, FormAlert, inputValue } from './Field';
import { useRecordForm } from './use-record-form';

const FIELDS: readonly ObjectiveField[] = [
  'code',
  'title',
  'themeId',
  'parentId',
  'owner',
  'status',
  'periodStart',
  'periodEnd',
  'url',
  'description',
  'inherit',
];

interface Props {
  /** The objective to edit; none to create one. */
  objective?: Objective;
  defaults?: { themeId?: string };
  objectives: readonly Objective[];
  themes: readonly Theme[];
  onClose(): void;
  onSaved(objective: Objective, created: boolean): void;
}

/** Creates or edits an objective; each field shows its own problem, from the schema or from the database. */
export function ObjectiveFormDialog({ objective, defaults, objectives, themes, onClose, onSaved }: Props) {
  const id = useMemo(() => objective?.id ?? newRecordId('ob'), [objective]);
  const form = useRecordForm({
    idPrefix: 'objective-form',
    fields: FIELDS,
    initial: objectiveFormValues(objective, defaults),
    parse: (values) => parseObjectiveForm(values, { id, ...(objective && { stored: objective }) }),
    fieldOfPath: OBJECTIVE_FIELD_OF_PATH,
    save: (record, base) => send({ type: 'saveRecord', list: 'objectives', record, ...(base && { base }) }),
    ...(objective && {
      stored: {
        record: objective,
        read: () => pageDatabase.objectives.get(objective.id),
        valuesOf: (fresh: object) => objectiveFormValues(fresh as Objective),
      },
    }),
    onSaved: (record) => onSaved(record, objective === undefined),
  });
  // An objective cannot sit under itself or under one of its own sub-objectives.
  const parents = useMemo(() => {
    const excluded = descendantIds(objectives, id);
    return objectives.filter((other) => other.id !== id && !excluded.has(other.id)).sort(compareObjectives);
  }, [objectives, id]);
  const sortedThemes = useMemo(
    () => [...themes].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    [themes],
  );
  const { values, problems, set } = form;
  const text = (field: ObjectiveField) => ({
    value: values[field],
    onInput: (event: Event) => set(field, inputValue(event)),
  });

  return (
    <Dialog
      title={objective ? t('objectiveFormDialog_edit', objective.code) : t('objectiveFormDialog_newObjective')}
      onClose={onClose}
    >
      <form class="catalogue-form" noValidate onSubmit={form.submit}>
        <FormAlert problems={problems.other} conflict={form.conflict} />
        <div class="form-grid">
          <Field
            id={form.idOf('code')}
            label={t('objectiveFormDialog_code')}
            error={problems.fields.code}
            hint={t('objectiveFormDialog_suchAsGrow2Letters')}
          >
            {(control) => <input {...control} {...text('code')} required autocomplete="off" />}
          </Field>
          <Field id={form.idOf('title')} label={t('objectiveFormDialog_title')} error={problems.fields.title}>
            {(control) => <input {...control} {...text('title')} required />}
          </Field>
          <Field id={form.idOf('themeId')} label={t('objectiveFormDialog_theme')} error={problems.fields.themeId}>
            {(control) => (
              <select {...control} value={values.themeId} onChange={(event) => set('themeId', inputValue(event))}>
                <option value="">{t('objectiveFormDialog_noTheme')}</option>
                {sortedThemes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={form.idOf('parentId')}
            label={t('objectiveFormDialog_parentObjective')}
            error={problems.fields.parentId}
          >
            {(control) => (
              <select {...control} value={values.parentId} onChange={(event) => set('parentId', inputValue(event))}>
                <option value="">{t('objectiveFormDialog_noneTopLevel')}</option>
                {parents.map((parent) => (
                  <option key={parent.id} value={parent.id}>
                    {parent.code} · {parent.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={form.idOf('owner')} label={t('objectiveFormDialog_owner')} error={problems.fields.owner}>
            {(control) => <input {...control} {...text('owner')} autocomplete="name" />}
          </Field>
          <Field id={form.idOf('status')} label={t('objectiveFormDialog_status')} error={problems.fields.status}>
            {(control) => (
              <select {...control} value={values.status} onChange={(event) => set('status', inputValue(event))}>
                {OBJECTIVE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset class="wide">
            <legend>{t('objectiveFormDialog_period')}</legend>
            <div class="form-grid">
              <Field
                id={form.idOf('periodStart')}
                label={t('objectiveFormDialog_start')}
                error={problems.fields.periodStart}
              >
                {(control) => <input {...control} {...text('periodStart')} type="date" />}
              </Field>
              <Field id={form.idOf('periodEnd')} label={t('objectiveFormDialog_end')} error={problems.fields.periodEnd}>
                {(control) => <input {...control} {...text('periodEnd')} type="date" />}
              </Field>
            </div>
          </fieldset>
          <div class="wide">
            <Field
              id={form.idOf('url')}
              label={t('objectiveFormDialog_strategyDocumentUrl')}
              error={problems.fields.url}
            >
              {(control) => (
                <input
                  {...control}
                  {...text('url')}
                  type="url"
                  inputMode="url"
                  placeholder={t('objectiveFormDialog_https')}
                />
              )}
            </Field>
          </div>
          <div class="wide">
            <Field
              id={form.idOf('description')}
              label={t('objectiveFormDialog_description')}
              error={problems.fields.description}
            >
              {(control) => <textarea {...control} {...text('description')} rows={4} />}
            </Field>
          </div>
          <label class="checkbox wide">
            <input
              id={form.idOf('inherit')}
              type="checkbox"
              checked={values.inherit === 'yes'}
              onChange={(event) => form.set('inherit', (event.currentTarget as HTMLInputElement).checked ? 'yes' : '')}
            />
            {t('objectiveFormDialog_workUnderAnAlignedEpic')}
          </label>
        </div>
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            {t('objectiveFormDialog_cancel')}
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {objective ? t('objectiveFormDialog_save') : t('objectiveFormDialog_createObjective')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
