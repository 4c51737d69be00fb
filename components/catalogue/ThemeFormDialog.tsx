import { useMemo } from 'preact/hooks';
import { newRecordId } from '../../lib/catalogue/new-id';
import { parseThemeForm, THEME_FIELD_OF_PATH, type ThemeField, themeFormValues } from '../../lib/catalogue/theme-form';
import { pageDatabase } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Theme } from '../../lib/model/theme';
import { Dialog } from './Dialog';
import { Field, FormAlert, inputValue } from './Field';
import { useRecordForm } from './use-record-form';

const FIELDS: readonly ThemeField[] = ['name', 'color', 'description'];

/** A colour input always holds a colour; a new theme starts with the workspace's accent blue. */
const FIRST_COLOUR = '#1f6feb';

interface Props {
  theme?: Theme;
  onClose(): void;
  onSaved(theme: Theme, created: boolean): void;
}

/** Creates or edits a theme: its name, an optional colour and a description. */
export function ThemeFormDialog({ theme, onClose, onSaved }: Props) {
  const id = useMemo(() => theme?.id ?? newRecordId('th'), [theme]);
  const form = useRecordForm({
    idPrefix: 'theme-form',
    fields: FIELDS,
    initial: theme ? themeFormValues(theme) : { ...themeFormValues(), color: FIRST_COLOUR },
    parse: (values) => parseThemeForm(values, id),
    fieldOfPath: THEME_FIELD_OF_PATH,
    save: (record, base) => send({ type: 'saveRecord', list: 'themes', record, ...(base && { base }) }),
    ...(theme && {
      stored: {
        record: theme,
        read: () => pageDatabase.themes.get(theme.id),
        valuesOf: (fresh: object) => themeFormValues(fresh as Theme),
      },
    }),
    onSaved: (record) => onSaved(record, theme === undefined),
  });
  const { values, problems, set } = form;
  const hasColour = values.color !== '';

  return (
    <Dialog title={theme ? t('themeFormDialog_edit', theme.name) : t('themeFormDialog_newTheme')} onClose={onClose}>
      <form class="catalogue-form" noValidate onSubmit={form.submit}>
        <FormAlert problems={problems.other} conflict={form.conflict} />
        <Field
          id={form.idOf('name')}
          label={t('themeFormDialog_name')}
          error={problems.fields.name}
          hint={t('themeFormDialog_aStrategicPillarSuchAs')}
        >
          {(control) => (
            <input {...control} value={values.name} onInput={(event) => set('name', inputValue(event))} required />
          )}
        </Field>
        <div class="colour-choice">
          <label class="checkbox">
            <input
              type="checkbox"
              checked={hasColour}
              onChange={(event) => set('color', (event.currentTarget as HTMLInputElement).checked ? FIRST_COLOUR : '')}
            />
            {t('themeFormDialog_useAColour')}
          </label>
          {hasColour && (
            <Field id={form.idOf('color')} label={t('themeFormDialog_colour')} error={problems.fields.color}>
              {(control) => (
                <input
                  {...control}
                  type="color"
                  value={values.color}
                  onInput={(event) => set('color', inputValue(event))}
                />
              )}
            </Field>
          )}
        </div>
        <Field
          id={form.idOf('description')}
          label={t('themeFormDialog_description')}
          error={problems.fields.description}
        >
          {(control) => (
            <textarea
              {...control}
              value={values.description}
              rows={3}
              onInput={(event) => set('description', inputValue(event))}
            />
          )}
        </Field>
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            {t('themeFormDialog_cancel')}
          </button>
          <button type="submit" class="primary" disabled={form.saving}>
            {theme ? t('themeFormDialog_save') : t('themeFormDialog_createTheme')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
