import { useMemo } from 'preact/hooks';
import {
  DEFAULT_FILTER,
  filterObjectives,
  isFiltering,
  type ObjectiveFilter,
} from '../../lib/catalogue/objective-filter';
import { buildObjectiveTree } from '../../lib/catalogue/objective-tree';
import type { TargetProgress } from '../../lib/model/annotation';
import { routeHref } from '../../lib/workspace/route';
import { ObjectiveFilters } from './ObjectiveFilters';
import { ObjectiveRow } from './ObjectiveRow';
import type { ObjectiveActions } from './objective-actions';
import { ShowMore, usePageLimit } from './ShowMore';
import type { Catalogue } from './use-catalogue';
import './ObjectiveList.css';

export const OBJECTIVES_HEADING_ID = 'objectives-heading';

interface Props {
  catalogue: Catalogue;
  progress: ReadonlyMap<string, TargetProgress[]>;
  actions: ObjectiveActions;
  filter: ObjectiveFilter;
  onFilter(filter: ObjectiveFilter): void;
}

/** The objectives by theme, as a tree, filtered, a page of rows at a time. */
export function ObjectiveList({ catalogue, progress, actions, filter, onFilter }: Props) {
  const { objectives, themes } = catalogue;
  const sortedThemes = useMemo(
    () => [...themes].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    [themes],
  );
  const tree = useMemo(() => {
    const shown = filterObjectives(objectives, filter, new Set(themes.map((theme) => theme.id)));
    return buildObjectiveTree(shown, themes, objectives);
  }, [objectives, themes, filter]);
  const [limit, showMore] = usePageLimit(filter);
  const archived = objectives.filter((objective) => objective.archived).length;

  return (
    <section class="stack objective-list" aria-labelledby={OBJECTIVES_HEADING_ID}>
      <div class="section-head">
        <h2 id={OBJECTIVES_HEADING_ID} tabIndex={-1}>
          Objectives
        </h2>
        <button type="button" class="primary" onClick={() => actions.create(themeOf(filter))}>
          New objective
        </button>
      </div>
      {objectives.length === 0 ? (
        <div class="empty-state">
          <p>
            <strong>No objectives yet.</strong> Import the strategy pack your PMO shared, or create the first objective
            here.
          </p>
          <div class="actions">
            <a class="button-link" href={routeHref('pack')}>
              Import a strategy pack
            </a>
            <button type="button" onClick={() => actions.create()}>
              Create the first objective
            </button>
          </div>
        </div>
      ) : (
        <>
          <ObjectiveFilters filter={filter} themes={sortedThemes} onChange={onFilter} />
          <p class="hint" aria-live="polite">
            {tree.size === 1 ? '1 objective' : `${tree.size} objectives`}
            {!filter.showArchived && archived > 0 && ` (${archived} archived not shown)`}
          </p>
          {tree.size === 0 && (
            <div class="empty-state">
              {isFiltering(filter) ? (
                <>
                  <p>No objectives match these filters.</p>
                  <button
                    type="button"
                    onClick={() => onFilter({ ...DEFAULT_FILTER, showArchived: filter.showArchived })}
                  >
                    Clear filters
                  </button>
                </>
              ) : (
                <>
                  <p>Every objective is archived.</p>
                  <button type="button" onClick={() => onFilter({ ...filter, showArchived: true })}>
                    Show archived
                  </button>
                </>
              )}
            </div>
          )}
          {tree.groups
            .filter((group) => group.roots[0]!.index < limit)
            .map((group) => (
              <div class="theme-group" key={group.theme?.id ?? ''}>
                <h3>
                  <span
                    class="theme-swatch"
                    aria-hidden="true"
                    style={group.theme?.color ? { background: group.theme.color } : undefined}
                  />
                  {group.theme?.name ?? 'No theme'}
                </h3>
                <ul class="objective-tree">
                  {group.roots
                    .filter((root) => root.index < limit)
                    .map((root) => (
                      <ObjectiveRow
                        key={root.objective.id}
                        node={root}
                        limit={limit}
                        progress={progress}
                        served={catalogue.served}
                        actions={actions}
                      />
                    ))}
                </ul>
              </div>
            ))}
          <ShowMore shown={Math.min(limit, tree.size)} total={tree.size} noun="objectives" onMore={showMore} />
        </>
      )}
    </section>
  );
}

/** A new objective starts in the theme the list is filtered to, if any. */
function themeOf(filter: ObjectiveFilter): { themeId?: string } {
  return typeof filter.themeId === 'string' ? { themeId: filter.themeId } : {};
}
