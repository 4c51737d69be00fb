import { STATUS_LABELS } from '../../lib/catalogue/labels';
import type { ThemeGroup } from '../../lib/dashboard/group-by-theme';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import type { Objective } from '../../lib/model/objective';

/** Active objectives nothing serves, by theme; each opens its page in the workspace. */
export function ObjectivesWithoutWork({
  groups,
  hasObjectives,
  hrefOf,
}: {
  groups: readonly ThemeGroup<Objective>[];
  hasObjectives: boolean;
  hrefOf(section: string, arg?: string): string;
}) {
  const total = groups.reduce((sum, group) => sum + group.records.length, 0);
  return (
    <section id="objectives-without-work" class="dash-panel" aria-labelledby="without-work-heading">
      <h2 id="without-work-heading">
        {messageParts('objectivesWithoutWork_objectivesWithNoWork', <span class="count">({total})</span>)}
      </h2>
      <p class="hint">{t('objectivesWithoutWork_activeOrAtRiskObjectives')}</p>
      {!hasObjectives && <p class="empty">{t('objectivesWithoutWork_noObjectivesYetImportA')}</p>}
      {hasObjectives && total === 0 && <p class="empty">{t('objectivesWithoutWork_everyActiveObjectiveHasLinked')}</p>}
      {groups.map((group, index) => {
        const headingId = `without-work-theme-${index}`;
        return (
          <section key={group.theme?.id ?? '(none)'} class="theme-group" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span
                class="theme-swatch"
                aria-hidden="true"
                style={group.theme?.color ? { backgroundColor: group.theme.color } : undefined}
              />
              {group.theme?.name ?? t('objectivesWithoutWork_noTheme')}
            </h3>
            <ul class="objective-list">
              {group.records.map((objective) => (
                <li key={objective.id}>
                  <a href={hrefOf('objective', objective.id)}>
                    <span class="objective-code">{objective.code}</span> {objective.title}
                  </a>
                  <span class="objective-meta">
                    <span class="status-label" data-status={objective.status}>
                      {STATUS_LABELS[objective.status]}
                    </span>
                    {objective.owner && <span>{objective.owner}</span>}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
