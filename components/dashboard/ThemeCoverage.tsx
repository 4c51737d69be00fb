import { formatCount } from '../../lib/dashboard/format-count';
import type { ThemeSummary } from '../../lib/dashboard/theme-summaries';
import { formatPercent } from '../../lib/format/values';
import { t } from '../../lib/i18n/catalogue';
import { tPlural } from '../../lib/i18n/plural';
import { ShareBar } from './ShareBar';

/** Per theme: its objectives, the work linked to them and how their benefit targets are doing on average. */
export function ThemeCoverage({ summaries }: { summaries: readonly ThemeSummary[] }) {
  return (
    <section id="themes" class="dash-panel" aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('themeCoverage_coverageByTheme')}</h2>
      <p class="hint">{t('themeCoverage_objectivesThatAreNotArchived')}</p>
      {summaries.length === 0 ? (
        <p class="empty">{t('themeCoverage_noThemesOrObjectivesYet')}</p>
      ) : (
        <table class="coverage-table" aria-labelledby="themes-heading">
          <thead>
            <tr>
              <th scope="col">{t('themeCoverage_theme')}</th>
              <th scope="col">{t('themeCoverage_objectives')}</th>
              <th scope="col">{t('themeCoverage_linkedItems')}</th>
              <th scope="col">{t('themeCoverage_meanBenefitProgress')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((summary) => (
              <tr key={summary.theme?.id ?? '(none)'}>
                <th scope="row">
                  <span
                    class="theme-swatch"
                    aria-hidden="true"
                    style={summary.theme?.color ? { backgroundColor: summary.theme.color } : undefined}
                  />
                  {summary.theme?.name ?? t('themeCoverage_noTheme')}
                </th>
                <td>{formatCount(summary.objectives)}</td>
                <td>{formatCount(summary.linkedItems)}</td>
                <td class="share-cell">
                  {summary.meanProgress === null ? (
                    <span class="muted">{t('themeCoverage_noCheckIns')}</span>
                  ) : (
                    <>
                      <ShareBar ratio={summary.meanProgress} />
                      <span>
                        {formatPercent(summary.meanProgress)}{' '}
                        <span class="muted share-note">{tPlural('themeCoverage_ofObjectives', summary.measured)}</span>
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
