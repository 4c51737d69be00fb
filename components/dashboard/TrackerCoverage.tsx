import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { formatCount } from '../../lib/dashboard/format-count';
import { formatShare } from '../../lib/dashboard/share';
import type { Coverage, TrackerCoverage as TrackerRow } from '../../lib/dashboard/tracker-coverage';
import { t } from '../../lib/i18n/catalogue';
import type { AlignmentReason } from '../../lib/model/annotation';
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

const REASON_WORDS: Record<AlignmentReason, string> = {
  get link() {
    return t('describeReason_linked');
  },
  get rule() {
    return t('trackerCoverage_byARule');
  },
  get inherited() {
    return t('trackerCoverage_fromAParent');
  },
};

/** "12 linked · 3 by a rule · 1 from a parent", the reasons that count. */
function describeReasons(byReason: Record<AlignmentReason, number>): string {
  return (Object.keys(REASON_WORDS) as AlignmentReason[])
    .filter((reason) => byReason[reason] > 0)
    .map((reason) => `${formatCount(byReason[reason])} ${REASON_WORDS[reason]}`)
    .join(' · ');
}

/** Seen and aligned items per tracker, and per site under each. */
export function TrackerCoverage({ rows }: { rows: readonly TrackerRow[] }) {
  return (
    <section id="coverage" class="dash-panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('trackerCoverage_coverageByTrackerAndSite')}</h2>
      <table class="coverage-table" aria-labelledby="coverage-heading">
        <thead>
          <tr>
            <th scope="col">{t('trackerCoverage_trackerAndSite')}</th>
            <th scope="col">{t('trackerCoverage_seen')}</th>
            <th scope="col">{t('trackerCoverage_aligned')}</th>
            <th scope="col">{t('trackerCoverage_share')}</th>
            <th scope="col">{t('trackerCoverage_whyAligned')}</th>
          </tr>
        </thead>
        {rows.map((row) => (
          <tbody key={row.tracker} data-tracker={row.tracker}>
            <tr class="tracker-row">
              <th scope="row">{TRACKER_LABELS[row.tracker]}</th>
              <ShareCells row={row} />
              <td class="reasons">{describeReasons(row.byReason)}</td>
            </tr>
            {row.sites.map((site) => (
              <tr key={site.site} class="site-row">
                <th scope="row">{site.site}</th>
                <ShareCells row={site} />
                <td />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
