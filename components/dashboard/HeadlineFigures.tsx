import { formatCount } from '../../lib/dashboard/format-count';
import { describeAligned, type HeadlineFigures as Figures } from '../../lib/dashboard/headline';
import { formatShare } from '../../lib/dashboard/share';
import { SectionLink } from './SectionLink';

/** The numbers a manager reads first; each leads to the list it counts. */
export function HeadlineFigures({ figures, warnings }: { figures: Figures; warnings: number }) {
  return (
    <section class="figures-section" aria-labelledby="figures-heading">
      <h2 id="figures-heading" class="visually-hidden">
        Headline figures
      </h2>
      <dl class="figures">
        <div class="figure">
          <dt>Active objectives</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.inPlay)}</span>
            <span class="figure-note">active or at risk</span>
          </dd>
        </div>
        <div class="figure">
          <dt>Work items seen</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.seen)}</span>
            <span class="figure-note">
              <SectionLink to="coverage">By tracker and site</SectionLink>
            </span>
          </dd>
        </div>
        <div class="figure">
          <dt>Aligned</dt>
          <dd>
            <span class="figure-value">{formatShare(figures.aligned, figures.seen)}</span>
            <span class="figure-note">{describeAligned(figures.aligned, figures.seen)}</span>
          </dd>
        </div>
        <div class="figure">
          <dt>Outcome warnings</dt>
          <dd>
            <span class="figure-value">{formatCount(warnings)}</span>
            <span class="figure-note">
              <SectionLink to="outcome-warnings">What needs doing</SectionLink>
            </span>
          </dd>
        </div>
        <div class="figure">
          <dt>Objectives with no work</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.withoutWork)}</span>
            <span class="figure-note">
              <SectionLink to="objectives-without-work">See which</SectionLink>
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
