import { formatCount } from '../../lib/dashboard/format-count';
import { describeAligned, type HeadlineFigures as Figures } from '../../lib/dashboard/headline';
import { formatShare } from '../../lib/dashboard/share';
import { t } from '../../lib/i18n/catalogue';
import { SectionLink } from './SectionLink';

/** The numbers a manager reads first; each leads to the list it counts. */
export function HeadlineFigures({ figures, warnings }: { figures: Figures; warnings: number }) {
  return (
    <section class="figures-section" aria-labelledby="figures-heading">
      <h2 id="figures-heading" class="visually-hidden">
        {t('headlineFigures_headlineFigures')}
      </h2>
      <dl class="figures">
        <div class="figure">
          <dt>{t('headlineFigures_activeObjectives')}</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.inPlay)}</span>
            <span class="figure-note">{t('headlineFigures_activeOrAtRisk')}</span>
          </dd>
        </div>
        <div class="figure">
          <dt>{t('headlineFigures_workItemsSeen')}</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.seen)}</span>
            <span class="figure-note">
              <SectionLink to="coverage">{t('headlineFigures_byTrackerAndSite')}</SectionLink>
            </span>
          </dd>
        </div>
        <div class="figure">
          <dt>{t('headlineFigures_aligned')}</dt>
          <dd>
            <span class="figure-value">{formatShare(figures.aligned, figures.seen)}</span>
            <span class="figure-note">{describeAligned(figures.aligned, figures.seen)}</span>
          </dd>
        </div>
        <div class="figure">
          <dt>{t('headlineFigures_outcomeWarnings')}</dt>
          <dd>
            <span class="figure-value">{formatCount(warnings)}</span>
            <span class="figure-note">
              <SectionLink to="outcome-warnings">{t('headlineFigures_whatNeedsDoing')}</SectionLink>
            </span>
          </dd>
        </div>
        <div class="figure">
          <dt>{t('headlineFigures_objectivesWithNoWork')}</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.withoutWork)}</span>
            <span class="figure-note">
              <SectionLink to="objectives-without-work">{t('headlineFigures_seeWhich')}</SectionLink>
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
