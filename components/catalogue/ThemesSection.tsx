import { useMemo, useState } from 'preact/hooks';
import { themeDeleteImpact } from '../../lib/catalogue/delete-impact';
import { describeThemeDeletion } from '../../lib/catalogue/describe-deletion';
import { groupBy } from '../../lib/catalogue/group-by';
import { pageDatabase as db } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { tPlural } from '../../lib/i18n/plural';
import { send } from '../../lib/messages/client';
import type { Theme } from '../../lib/model/theme';
import { routeHref } from '../../lib/workspace/route';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import { ThemeFormDialog } from './ThemeFormDialog';
import { useUndoToast } from './use-undo-toast';
import './catalogue.css';
import './ThemesSection.css';

const HEADING_ID = 'themes-heading';

type Open = { kind: 'create' } | { kind: 'edit'; theme: Theme } | { kind: 'delete'; theme: Theme };

/** The themes (`#themes`), the strategic pillars objectives are grouped by: create, edit, delete with undo. */
export function ThemesSection() {
  const themes = useLiveQuery(() => db.themes.toArray(), []);
  const objectives = useLiveQuery(() => db.objectives.toArray(), []);
  const [open, setOpen] = useState<Open | null>(null);
  const toast = useUndoToast();
  const sorted = useMemo(
    () => [...(themes ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    [themes],
  );
  const counts = useMemo(() => groupBy(objectives ?? [], (objective) => objective.themeId), [objectives]);
  const close = () => setOpen(null);

  return (
    <section class="stack themes-section" aria-labelledby={HEADING_ID}>
      <div class="section-head">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {t('themesSection_themes')}
        </h2>
        <button type="button" class="primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('themesSection_newTheme')}
        </button>
      </div>
      <p class="hint">{t('themesSection_themesAreTheStrategicPillars')}</p>
      {themes === undefined ? (
        <p class="pending">{t('themesSection_loadingTheThemes')}</p>
      ) : sorted.length === 0 ? (
        <div class="empty-state">
          <p>{messageParts('themesSection_createOneOrImportA', <strong>{t('themesSection_noThemesYet')}</strong>)}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => setOpen({ kind: 'create' })}>
              {t('themesSection_createTheFirstTheme')}
            </button>
            <a href={routeHref('pack')}>{t('themesSection_importAStrategyPack')}</a>
          </div>
        </div>
      ) : (
        <ul class="theme-list">
          {sorted.map((theme) => (
            <li key={theme.id}>
              <span
                class="theme-swatch"
                aria-hidden="true"
                style={theme.color ? { background: theme.color } : undefined}
              />
              <div class="theme-text">
                <strong>{theme.name}</strong>
                <span class="muted">
                  {' '}
                  · {tPlural('describeDeletion_objectives', counts.get(theme.id)?.length ?? 0)}
                </span>
                {theme.description && <p class="theme-description">{theme.description}</p>}
              </div>
              <div class="row-actions">
                <button
                  type="button"
                  aria-label={t('themesSection_edit', theme.name)}
                  onClick={() => setOpen({ kind: 'edit', theme })}
                >
                  {t('themesSection_edit2')}
                </button>
                <button
                  type="button"
                  class="quiet destructive"
                  aria-label={t('themesSection_delete', theme.name)}
                  onClick={() => setOpen({ kind: 'delete', theme })}
                >
                  {t('themesSection_delete2')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <ThemeFormDialog
          {...(open.kind === 'edit' && { theme: open.theme })}
          onClose={close}
          onSaved={(saved, created) => {
            close();
            toast.show(
              created ? t('themesSection_createdTheTheme', saved.name) : t('themesSection_savedTheTheme', saved.name),
            );
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRecordDialog
          list="themes"
          id={open.theme.id}
          describe={async () => describeThemeDeletion(open.theme.name, await themeDeleteImpact(db, open.theme.id))}
          focusAfterDelete={HEADING_ID}
          onClose={close}
          onDeleted={(removed) =>
            toast.show(t('themesSection_deletedTheTheme', open.theme.name), () =>
              send({ type: 'restoreRemoved', removed }),
            )
          }
        />
      )}
      {toast.element}
    </section>
  );
}
