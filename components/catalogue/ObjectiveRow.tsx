import type { ObjectiveNode } from '../../lib/catalogue/objective-tree';
import { readerFormat } from '../../lib/format/locale';
import { WARNING_KIND_LABELS } from '../../lib/format/warning-text';
import { t } from '../../lib/i18n/catalogue';
import { tPlural } from '../../lib/i18n/plural';
import type { TargetProgress } from '../../lib/model/annotation';
import { layerOf } from '../../lib/model/layer';
import { outcomeWarnings } from '../../lib/outcomes/outcome-warnings';
import { routeHref } from '../../lib/workspace/route';
import { ActionMenu } from '../workspace/ActionMenu';
import { ObjectiveProgress } from './ObjectiveProgress';
import type { ObjectiveActions } from './objective-actions';
import { StatusBadge } from './StatusBadge';
import { SubscribedBadge } from './SubscribedBadge';

interface Props {
  node: ObjectiveNode;
  /** Rows from this index on are not shown yet (the list grows a page at a time). */
  limit: number;
  progress: ReadonlyMap<string, TargetProgress[]>;
  served: ReadonlySet<string>;
  actions: ObjectiveActions;
}

const NO_TARGETS: TargetProgress[] = [];

/** One objective and, nested under it, its sub-objectives. */
export function ObjectiveRow({ node, limit, progress, served, actions }: Props) {
  const { objective } = node;
  const children = node.children.filter((child) => child.index < limit);
  const targets = progress.get(objective.id) ?? NO_TARGETS;
  const warnings = outcomeWarnings({ ...objective, targets }, served.has(objective.id));
  const kinds = [...new Set(warnings.map((warning) => WARNING_KIND_LABELS[warning.kind].toLowerCase()))];
  return (
    <li class="objective-node">
      <div class="objective-row" data-archived={objective.archived ? 'true' : undefined}>
        <div class="objective-main">
          <a class="objective-link" href={routeHref('objective', objective.id)}>
            <span class="objective-code">{objective.code}</span> <span class="objective-title">{objective.title}</span>
          </a>
          <div class="objective-meta">
            <StatusBadge status={objective.status} />
            {objective.archived && <span class="archived-badge">{t('objectiveRow_archived')}</span>}
            {objective.owner && <span>{objective.owner}</span>}
            {objective.period && <span>{readerFormat.dayRange(objective.period.start, objective.period.end)}</span>}
            {node.parentElsewhere && <span>{t('objectiveRow_under', node.parentElsewhere.code)}</span>}
            {warnings.length > 0 && (
              <a
                class="warning-badge"
                href={routeHref('objective', objective.id)}
                data-warnings={warnings.map((warning) => warning.kind).join(' ')}
              >
                {tPlural('objectiveRow_outcomeWarnings', warnings.length)}
                <span class="catalogue-sr-only"> {t('objectiveRow_for', objective.code)}</span>:{' '}
                {kinds.join(t('common_listSeparator'))}
              </a>
            )}
          </div>
        </div>
        <ObjectiveProgress targets={targets} />
        {layerOf(objective) !== undefined ? (
          <SubscribedBadge />
        ) : (
          <div class="row-actions">
            <button
              type="button"
              aria-label={t('objectiveRow_edit', objective.code)}
              onClick={() => actions.edit(objective)}
            >
              {t('objectiveRow_edit2')}
            </button>
            <ActionMenu
              label={t('objectiveRow_moreActionsFor', objective.code)}
              actions={[
                {
                  label: objective.archived ? t('objectiveRow_unarchive') : t('objectiveRow_archive'),
                  onSelect: () => actions.setArchived(objective, !objective.archived),
                },
                { label: t('objectiveRow_delete'), destructive: true, onSelect: () => actions.remove(objective) },
              ]}
            />
          </div>
        )}
      </div>
      {children.length > 0 && (
        <ul class="objective-tree">
          {children.map((child) => (
            <ObjectiveRow
              key={child.objective.id}
              node={child}
              limit={limit}
              progress={progress}
              served={served}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
