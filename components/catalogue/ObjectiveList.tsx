import { useMemo } from 'preact/hooks';
import {
  DEFAULT_FILTER,
  filterObjectives,
  isFiltering,
  type ObjectiveFilter,
} from '../../lib/catalogue/objective-filter';
import { buildObjectiveTree } from '../../lib/catalogue/objective-tree';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { tPlural } from '../../lib/i18n/plural';
import type { TargetProgress } from '../../lib/model/annotation';
import { routeHref } from '../../lib/workspace/route';
import { useFirstShownMark } from '../../lib/workspace/use-first-shown-mark';
import { ObjectiveFilters } from './ObjectiveFilters';
import { ObjectiveRow } from './ObjectiveRow';
import type { ObjectiveActions } from './objective-actions';
import { ShowMore, useFirstFrameRows, usePageLimit } from './ShowMore';
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
  const [pageLimit, showMore] = usePageLimit(filter);
  const limit = useFirstFrameRows(pageLimit);
  const archived = objectives.filter((objective) => objective.archived).length;

  // The workspace's first view: the benchmark times it from navigation start to here.
  useFirstShownMark('throughline:objectives-rendered', objectives.length > 0);

  return (
    <section class="stack objective-catalogue" aria-labelledby={OBJECTIVES_HEADING_ID}>
      <div class="section-head">
        <h2 id={OBJECTIVES_HEADING_ID} tabIndex={-1}>
          {t('objectiveList_objectives2')}
        </h2>
        <button type="button" class="primary" onClick={() => actions.create(themeOf(filter))}>
          {t('objectiveList_newObjective')}
        </button>
      </div>
      {objectives.length === 0 ? (
        <div class="empty-state">
          <p>
            {messageParts(
              'objectiveList_importTheStrategyPackYour',
              <strong>{t('objectiveList_noObjectivesYet')}</strong>,
            )}
          </p>
          <div class="actions">
            <a class="button-link" href={routeHref('pack')}>
              {t('objectiveList_importAStrategyPack')}
            </a>
            <button type="button" onClick={() => actions.create()}>
              {t('objectiveList_createTheFirstObjective')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <ObjectiveFilters filter={filter} themes={sortedThemes} onChange={onFilter} />
          <p class="hint" aria-live="polite">
            {tPlural('objectiveList_count', tree.size)}
            {!filter.showArchived && archived > 0 && t('objectiveList_archivedNotShown', archived)}
          </p>
          {tree.size === 0 && (
            <div class="empty-state">
              {isFiltering(filter) ? (
                <>
                  <p>{t('objectiveList_noObjectivesMatchTheseFilters')}</p>
                  <button
                    type="button"
                    onClick={() => onFilter({ ...DEFAULT_FILTER, showArchived: filter.showArchived })}
                  >
                    {t('objectiveList_clearFilters')}
                  </button>
                </>
              ) : (
                <>
                  <p>{t('objectiveList_everyObjectiveIsArchived')}</p>
                  <button type="button" onClick={() => onFilter({ ...filter, showArchived: true })}>
                    {t('objectiveList_showArchived')}
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
                  {group.theme?.name ?? t('objectiveList_noTheme')}
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
          <ShowMore
            shown={Math.min(pageLimit, tree.size)}
            total={tree.size}
            noun={t('objectiveList_objectives')}
            onMore={showMore}
          />
        </>
      )}
    </section>
  );
}

/** A new objective starts in the theme the list is filtered to, if any. */
function themeOf(filter: ObjectiveFilter): { themeId?: string } {
  return typeof filter.themeId === 'string' ? { themeId: filter.themeId } : {};
}
