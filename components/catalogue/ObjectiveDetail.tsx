import { useEffect, useMemo, useState } from 'preact/hooks';
import { targetDeleteImpact } from '../../lib/catalogue/delete-impact';
import { describeTargetDeletion } from '../../lib/catalogue/describe-deletion';
import { groupBy } from '../../lib/catalogue/group-by';
import { compareObjectives } from '../../lib/catalogue/objective-tree';
import { pageDatabase as db } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Reply } from '../../lib/messages/protocol';
import type { TargetProgress } from '../../lib/model/annotation';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import { isHttpUrl } from '../../lib/model/http-url';
import { layerOf } from '../../lib/model/layer';
import { outcomeWarnings } from '../../lib/outcomes/outcome-warnings';
import { routeHref } from '../../lib/workspace/route';
import { WarningList } from '../outcomes/WarningList';
import { ActionMenu } from '../workspace/ActionMenu';
import { BenefitTargetPanel } from './BenefitTargetPanel';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import { ExcludedWorkItems } from './ExcludedWorkItems';
import { LinkedWorkItems } from './LinkedWorkItems';
import { ObjectiveProgress } from './ObjectiveProgress';
import type { ObjectiveActions } from './objective-actions';
import { StatusBadge } from './StatusBadge';
import { SubscribedBadge } from './SubscribedBadge';
import { TargetFormDialog } from './TargetFormDialog';
import type { Catalogue } from './use-catalogue';
import './ObjectiveDetail.css';
import { readerFormat } from '../../lib/format/locale';
import { OBJECTIVE_HEADING_ID } from './objective-heading';

const TARGETS_HEADING_ID = 'objective-targets-heading';

interface Props {
  id: string;
  /** A target whose check-in form takes the focus (an outcome warning's "Record a check-in"). */
  focusTargetId?: string;
  catalogue: Catalogue;
  progress: ReadonlyMap<string, TargetProgress[]>;
  actions: ObjectiveActions;
  notify(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

type OpenTarget =
  | { kind: 'create' }
  | { kind: 'edit'; target: BenefitTarget }
  | { kind: 'delete'; target: BenefitTarget };

const NO_PROGRESS: TargetProgress[] = [];

/** One objective (`#objective/<id>`): its fields, its benefit targets and their check-ins, its linked work. */
export function ObjectiveDetail({ id, focusTargetId, catalogue, progress, actions, notify }: Props) {
  const [open, setOpen] = useState<OpenTarget | null>(null);
  const objective = catalogue.objectives.find((candidate) => candidate.id === id);
  const targets = useMemo(
    () => catalogue.targets.filter((target) => target.objectiveId === id),
    [catalogue.targets, id],
  );
  const checkIns = useMemo(
    () => groupBy(catalogue.measurements, (measurement) => measurement.targetId),
    [catalogue.measurements],
  );
  const children = useMemo(
    () => catalogue.objectives.filter((candidate) => candidate.parentId === id).sort(compareObjectives),
    [catalogue.objectives, id],
  );
  useEffect(() => {
    if (!focusTargetId) return;
    // After the section's own focus move to the heading, which runs on the next frame.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const field = document.getElementById(`check-in-${focusTargetId}-value`);
        field?.scrollIntoView({ block: 'center' });
        field?.focus();
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusTargetId]);

  if (!objective)
    return (
      <section class="stack" aria-labelledby={OBJECTIVE_HEADING_ID}>
        <h2 id={OBJECTIVE_HEADING_ID} tabIndex={-1}>
          {t('objectiveDetail_objectiveNotFound')}
        </h2>
        <p>{t('objectiveDetail_thereIsNoObjectiveWith', id)}</p>
        <p>
          <a href={routeHref('objectives')}>{t('objectiveDetail_backToAllObjectives')}</a>
        </p>
      </section>
    );

  const theme = catalogue.themes.find((candidate) => candidate.id === objective.themeId);
  const parent = catalogue.objectives.find((candidate) => candidate.id === objective.parentId);
  const targetProgress = progress.get(id) ?? NO_PROGRESS;
  // Targets show in the order their progress was computed (by name).
  const byId = new Map(targets.map((target) => [target.id, target]));
  const close = () => setOpen(null);
  const warnings = outcomeWarnings({ ...objective, targets: targetProgress }, catalogue.served.has(objective.id));

  return (
    <article class="stack objective-detail" aria-labelledby={OBJECTIVE_HEADING_ID}>
      <p class="back-link">
        <a href={routeHref('objectives')}>{t('objectiveDetail_allObjectives')}</a>
      </p>
      <header class="objective-detail-head">
        <div>
          <h2 id={OBJECTIVE_HEADING_ID} tabIndex={-1}>
            <span class="objective-code">{objective.code}</span> · {objective.title}
          </h2>
          <p class="objective-meta">
            <StatusBadge status={objective.status} />
            {objective.archived && <span class="archived-badge">{t('objectiveDetail_archived')}</span>}
            <ObjectiveProgress targets={targetProgress} />
          </p>
        </div>
        {layerOf(objective) !== undefined ? (
          <SubscribedBadge />
        ) : (
          <div class="row-actions">
            <button type="button" onClick={() => actions.edit(objective)}>
              {t('objectiveDetail_editObjective')}
            </button>
            <ActionMenu
              label={t('objectiveDetail_moreActionsFor', objective.code)}
              actions={[
                {
                  label: objective.archived
                    ? t('objectiveDetail_unarchiveObjective')
                    : t('objectiveDetail_archiveObjective'),
                  onSelect: () => actions.setArchived(objective, !objective.archived),
                },
                {
                  label: t('objectiveDetail_deleteObjective'),
                  destructive: true,
                  onSelect: () => actions.remove(objective),
                },
              ]}
            />
          </div>
        )}
      </header>

      {warnings.length > 0 && (
        <section class="stack outcome-warnings" aria-labelledby="objective-warnings-heading">
          <h3 id="objective-warnings-heading">{t('objectiveDetail_outcomeWarnings')}</h3>
          <WarningList
            warnings={warnings.map((warning) => ({ warning, code: objective.code }))}
            hrefOf={(section, arg) => routeHref(section, arg)}
          />
        </section>
      )}

      <dl class="objective-facts">
        <dt>{t('objectiveDetail_theme')}</dt>
        <dd>
          {theme ? (
            <>
              <span
                class="theme-swatch"
                aria-hidden="true"
                style={theme.color ? { background: theme.color } : undefined}
              />
              {theme.name}
            </>
          ) : (
            t('objectiveDetail_noTheme')
          )}
        </dd>
        <dt>{t('objectiveDetail_owner')}</dt>
        <dd>{objective.owner ?? t('objectiveDetail_notSet')}</dd>
        <dt>{t('objectiveDetail_period')}</dt>
        <dd>
          {objective.period
            ? readerFormat.dayRange(objective.period.start, objective.period.end)
            : t('objectiveDetail_notSet')}
        </dd>
        <dt>{t('objectiveDetail_partOf')}</dt>
        <dd>
          {parent ? (
            <a href={routeHref('objective', parent.id)}>
              {parent.code} · {parent.title}
            </a>
          ) : (
            t('objectiveDetail_topLevel')
          )}
        </dd>
        {children.length > 0 && (
          <>
            <dt>{t('objectiveDetail_subObjectives')}</dt>
            <dd>
              <ul class="inline-list">
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={routeHref('objective', child.id)}>
                      {child.code} · {child.title}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('objectiveDetail_strategyDocument')}</dt>
        <dd>
          {objective.url && isHttpUrl(objective.url) ? (
            <a href={objective.url} target="_blank" rel="noopener noreferrer">
              {objective.url}
            </a>
          ) : (
            t('objectiveDetail_notSet')
          )}
        </dd>
      </dl>
      {objective.description && <p class="objective-description">{objective.description}</p>}

      <section class="stack" aria-labelledby={TARGETS_HEADING_ID}>
        <div class="section-head">
          <h3 id={TARGETS_HEADING_ID} tabIndex={-1}>
            {t('objectiveDetail_benefitTargets')}
          </h3>
          <button type="button" onClick={() => setOpen({ kind: 'create' })}>
            {t('objectiveDetail_addBenefitTarget')}
          </button>
        </div>
        {targets.length === 0 ? (
          <div class="empty-state">
            <p>{t('objectiveDetail_noBenefitTargetsYetAdd', objective.code)}</p>
          </div>
        ) : (
          targetProgress.map((entry) => {
            const target = byId.get(entry.id);
            return (
              target && (
                <BenefitTargetPanel
                  key={target.id}
                  target={target}
                  progress={entry}
                  checkIns={checkIns.get(target.id) ?? []}
                  staleAfterDays={catalogue.staleAfterDays}
                  onEdit={() => setOpen({ kind: 'edit', target })}
                  onDelete={() => setOpen({ kind: 'delete', target })}
                  notify={notify}
                />
              )
            );
          })
        )}
      </section>

      <LinkedWorkItems objective={objective} targets={targets} />
      <ExcludedWorkItems objective={objective} />

      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <TargetFormDialog
          objectiveId={objective.id}
          {...(open.kind === 'edit' && { target: open.target })}
          onClose={close}
          onSaved={(saved, created) => {
            close();
            notify(
              created ? t('objectiveDetail_addedTheBenefitTarget', saved.name) : t('objectiveDetail_saved', saved.name),
            );
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRecordDialog
          list="benefitTargets"
          id={open.target.id}
          describe={async () => describeTargetDeletion(open.target.name, await targetDeleteImpact(db, open.target))}
          focusAfterDelete={TARGETS_HEADING_ID}
          onClose={close}
          onDeleted={(removed) =>
            notify(t('objectiveDetail_deletedTheBenefitTarget', open.target.name), () =>
              send({ type: 'restoreRemoved', removed }),
            )
          }
        />
      )}
    </article>
  );
}
