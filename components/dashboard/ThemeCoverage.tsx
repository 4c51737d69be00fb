import { formatCount } from '../../lib/dashboard/format-count';
import type { ThemeSummary } from '../../lib/dashboard/theme-summaries';
import { formatPercent } from '../../lib/format/values';
import { ShareBar } from './ShareBar';

/** Per theme: its objectives, the work linked to them and how their benefit targets are doing on average. */
export function ThemeCoverage({ summaries }: { summaries: readonly ThemeSummary[] }) {
  return (
    <section id="themes" class="dash-panel" aria-labelledby="themes-heading">
      <h2 id="themes-heading">Coverage by theme</h2>
      <p class="hint">
        Objectives that are not archived or dropped; progress is the mean over those with a benefit check-in.
      </p>
      {summaries.length === 0 ? (
        <p class="empty">No themes or objectives yet.</p>
      ) : (
        <table class="coverage-table" aria-labelledby="themes-heading">
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Objectives</th>
              <th scope="col">Linked items</th>
              <th scope="col">Mean benefit progress</th>
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
                  {summary.theme?.name ?? 'No theme'}
                </th>
                <td>{formatCount(summary.objectives)}</td>
                <td>{formatCount(summary.linkedItems)}</td>
                <td class="share-cell">
                  {summary.meanProgress === null ? (
                    <span class="muted">no check-ins</span>
                  ) : (
                    <>
                      <ShareBar ratio={summary.meanProgress} />
                      <span>
                        {formatPercent(summary.meanProgress)}{' '}
                        <span class="muted share-note">
                          of {summary.measured} {summary.measured === 1 ? 'objective' : 'objectives'}
                        </span>
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
