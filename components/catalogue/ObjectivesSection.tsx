import { useEffect, useMemo, useState } from 'preact/hooks';
import { withArchived } from '../../lib/catalogue/archive';
import { objectiveDeleteImpact } from '../../lib/catalogue/delete-impact';
import { describeObjectiveDeletion } from '../../lib/catalogue/describe-deletion';
import { DEFAULT_FILTER, type ObjectiveFilter } from '../../lib/catalogue/objective-filter';
import { progressByObjective } from '../../lib/catalogue/objective-progress';
import { pageDatabase as db } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Objective } from '../../lib/model/objective';
import { navigate, useRoute } from '../../lib/workspace/route';
import { useViewFocus } from '../../lib/workspace/use-view-focus';
import { OBJECTIVES_HEADING_ID, ObjectiveList } from './ObjectiveList';
import type { ObjectiveActions } from './objective-actions';
import { OBJECTIVE_HEADING_ID } from './objective-heading';
import { useCatalogue } from './use-catalogue';
import { useUndoToast } from './use-undo-toast';
import './catalogue.css';
import { lazyComponent } from '../workspace/lazy-component';

// The list is what the workspace opens on; an objective's page (with its chart) and the dialogs load when first
// shown, or once the list is on screen.
const ObjectiveDetail = lazyComponent(() => import('./ObjectiveDetail').then((module) => module.ObjectiveDetail));
const ObjectiveFormDialog = lazyComponent(() =>
  import('./ObjectiveFormDialog').then((module) => module.ObjectiveFormDialog),
);
const DeleteRecordDialog = lazyComponent(() =>
  import('./DeleteRecordDialog').then((module) => module.DeleteRecordDialog),
);

type Open =
  | { kind: 'create'; defaults: { themeId?: string } }
  | { kind: 'edit'; objective: Objective }
  | { kind: 'delete'; objective: Objective };

/**
 * The objectives (`#objectives`) and one objective in detail
 * (`#objective/<id>`). The shell has no section named "objective": it
 * falls back to its first section, this one, which reads the route itself
 * so that the detail page stays under "Objectives" in the navigation.
 */
export function ObjectivesSection() {
  const route = useRoute();
  const catalogue = useCatalogue();
  const toast = useUndoToast();
  const [open, setOpen] = useState<Open | null>(null);
  // Kept here, so going to an objective and back finds the list as it was left.
  const [filter, setFilter] = useState<ObjectiveFilter>(DEFAULT_FILTER);
  // `objective/<id>/<target id>` leads to one target's check-in form (from an outcome warning).
  const detailRoute = route.section === 'objective' ? route.arg.split('/') : null;
  const detailId = detailRoute ? (detailRoute[0] ?? '') : null;
  const focusTargetId = detailRoute?.[1];

  const progress = useMemo(
    () =>
      catalogue
        ? progressByObjective(
            catalogue.targets,
            catalogue.measurements,
            new Date(),
            catalogue.staleAfterDays,
            catalogue.objectives,
          )
        : new Map(),
    [catalogue],
  );

  const actions = useMemo<ObjectiveActions>(
    () => ({
      create: (defaults = {}) => setOpen({ kind: 'create', defaults }),
      edit: (objective) => setOpen({ kind: 'edit', objective }),
      remove: (objective) => setOpen({ kind: 'delete', objective }),
      setArchived: async (objective, archived) => {
        const reply = await send({ type: 'saveRecord', list: 'objectives', record: withArchived(objective, archived) });
        if (!reply.ok)
          return toast.show(
            t(
              archived ? 'objectivesSection_couldNotArchive' : 'objectivesSection_couldNotUnarchive',
              objective.code,
              reply.error,
            ),
          );
        toast.show(t(archived ? 'objectivesSection_archived' : 'objectivesSection_unarchived', objective.code), () =>
          send({ type: 'saveRecord', list: 'objectives', record: objective }),
        );
      },
    }),
    [toast.show],
  );

  // Moving between the list and an objective is a new page: its heading takes the focus, as after a page load.
  const found = detailId !== null && catalogue?.objectives.some((objective) => objective.id === detailId) === true;
  useViewFocus(
    detailId === null ? 'list' : `objective/${detailId}`,
    detailId === null ? OBJECTIVES_HEADING_ID : OBJECTIVE_HEADING_ID,
    `${catalogue !== undefined}|${found}`,
  );

  useEffect(() => {
    if (!catalogue) return;
    ObjectiveDetail.preload();
    ObjectiveFormDialog.preload();
    DeleteRecordDialog.preload();
  }, [catalogue === undefined]);

  if (!catalogue) return <p class="pending">{t('objectivesSection_loadingTheCatalogue')}</p>;
  const close = () => setOpen(null);
  return (
    <>
      {detailId === null ? (
        <ObjectiveList
          catalogue={catalogue}
          progress={progress}
          actions={actions}
          filter={filter}
          onFilter={setFilter}
        />
      ) : (
        <ObjectiveDetail
          id={detailId}
          focusTargetId={focusTargetId}
          catalogue={catalogue}
          progress={progress}
          actions={actions}
          notify={toast.show}
        />
      )}
      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <ObjectiveFormDialog
          {...(open.kind === 'edit' ? { objective: open.objective } : { defaults: open.defaults })}
          objectives={catalogue.objectives}
          themes={catalogue.themes}
          onClose={close}
          onSaved={(saved, created) => {
            close();
            toast.show(created ? t('objectivesSection_created', saved.code) : t('objectivesSection_saved', saved.code));
            if (created) navigate('objective', saved.id);
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRecordDialog
          list="objectives"
          id={open.objective.id}
          describe={async () =>
            describeObjectiveDeletion(open.objective.code, await objectiveDeleteImpact(db, open.objective.id))
          }
          focusAfterDelete={OBJECTIVES_HEADING_ID}
          onClose={close}
          onDeleted={(removed) => {
            if (detailId !== null) navigate('objectives');
            toast.show(t('objectivesSection_deleted', open.objective.code), () =>
              send({ type: 'restoreRemoved', removed }),
            );
          }}
        />
      )}
      {toast.element}
    </>
  );
}
