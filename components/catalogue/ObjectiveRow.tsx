import type { ObjectiveNode } from '../../lib/catalogue/objective-tree';
import { WARNING_KIND_LABELS } from '../../lib/format/warning-text';
import type { TargetProgress } from '../../lib/model/annotation';
import { layerOf } from '../../lib/model/layer';
import { outcomeWarnings } from '../../lib/outcomes/outcome-warnings';
import { routeHref } from '../../lib/workspace/route';
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
            {objective.archived && <span class="archived-badge">Archived</span>}
            {objective.owner && <span>{objective.owner}</span>}
            {objective.period && (
              <span>
                {objective.period.start} – {objective.period.end}
              </span>
            )}
            {node.parentElsewhere && <span>Under {node.parentElsewhere.code}</span>}
            {warnings.length > 0 && (
              <a
                class="warning-badge"
                href={routeHref('objective', objective.id)}
                data-warnings={warnings.map((warning) => warning.kind).join(' ')}
              >
                {warnings.length === 1 ? '1 outcome warning' : `${warnings.length} outcome warnings`}
                <span class="catalogue-sr-only"> for {objective.code}</span>: {kinds.join(', ')}
              </a>
            )}
          </div>
        </div>
        <ObjectiveProgress targets={targets} />
        {layerOf(objective) !== undefined ? (
          <SubscribedBadge />
        ) : (
          <div class="row-actions">
            <button type="button" aria-label={`Edit ${objective.code}`} onClick={() => actions.edit(objective)}>
              Edit
            </button>
            <button
              type="button"
              aria-label={`${objective.archived ? 'Unarchive' : 'Archive'} ${objective.code}`}
              onClick={() => actions.setArchived(objective, !objective.archived)}
            >
              {objective.archived ? 'Unarchive' : 'Archive'}
            </button>
            <button type="button" aria-label={`Delete ${objective.code}`} onClick={() => actions.remove(objective)}>
              Delete
            </button>
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
