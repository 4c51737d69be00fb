import { useMemo, useState } from 'preact/hooks';
import { themeDeleteImpact } from '../../lib/catalogue/delete-impact';
import { countOf, describeThemeDeletion } from '../../lib/catalogue/describe-deletion';
import { groupBy } from '../../lib/catalogue/group-by';
import { pageDatabase as db } from '../../lib/db/page-database';
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
          Themes
        </h2>
        <button type="button" class="primary" onClick={() => setOpen({ kind: 'create' })}>
          New theme
        </button>
      </div>
      <p class="hint">Themes are the strategic pillars that group objectives.</p>
      {themes === undefined ? (
        <p class="pending">Loading the themes…</p>
      ) : sorted.length === 0 ? (
        <div class="empty-state">
          <p>
            <strong>No themes yet.</strong> Create one, or import a strategy pack that has them.
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => setOpen({ kind: 'create' })}>
              Create the first theme
            </button>
            <a href={routeHref('pack')}>Import a strategy pack</a>
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
                <span class="muted"> · {countOf(counts.get(theme.id)?.length ?? 0, 'objective')}</span>
                {theme.description && <p class="theme-description">{theme.description}</p>}
              </div>
              <div class="row-actions">
                <button
                  type="button"
                  aria-label={`Edit ${theme.name}`}
                  onClick={() => setOpen({ kind: 'edit', theme })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  class="quiet destructive"
                  aria-label={`Delete ${theme.name}`}
                  onClick={() => setOpen({ kind: 'delete', theme })}
                >
                  Delete
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
            toast.show(created ? `Created the theme “${saved.name}”.` : `Saved the theme “${saved.name}”.`);
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
            toast.show(`Deleted the theme “${open.theme.name}”.`, () => send({ type: 'restoreRemoved', removed }))
          }
        />
      )}
      {toast.element}
    </section>
  );
}
