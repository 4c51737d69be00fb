import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { formatCount } from '../../lib/dashboard/format-count';
import { formatShare } from '../../lib/dashboard/share';
import type { Coverage, TrackerCoverage as TrackerRow } from '../../lib/dashboard/tracker-coverage';
import { ShareBar } from './ShareBar';

function ShareCells({ row }: { row: Coverage }) {
  return (
    <>
      <td>{formatCount(row.seen)}</td>
      <td>{formatCount(row.aligned)}</td>
      <td class="share-cell">
        {row.share !== null && <ShareBar ratio={row.share} />}
        <span>{formatShare(row.aligned, row.seen)}</span>
      </td>
    </>
  );
}

/** Seen and aligned items per tracker, and per site under each; `null` rows while alignment is being checked. */
export function TrackerCoverage({ rows }: { rows: readonly TrackerRow[] | null }) {
  return (
    <section id="coverage" class="dash-panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage by tracker and site</h2>
      {rows === null ? (
        <p class="empty">Checking which seen items serve an objective…</p>
      ) : (
        <table class="coverage-table" aria-labelledby="coverage-heading">
          <thead>
            <tr>
              <th scope="col">Tracker and site</th>
              <th scope="col">Seen</th>
              <th scope="col">Aligned</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          {rows.map((row) => (
            <tbody key={row.tracker} data-tracker={row.tracker}>
              <tr class="tracker-row">
                <th scope="row">{TRACKER_LABELS[row.tracker]}</th>
                <ShareCells row={row} />
              </tr>
              {row.sites.map((site) => (
                <tr key={site.site} class="site-row">
                  <th scope="row">{site.site}</th>
                  <ShareCells row={site} />
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
