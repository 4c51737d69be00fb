import { formatCount } from '../../lib/dashboard/format-count';
import { describeAligned, type HeadlineFigures as Figures } from '../../lib/dashboard/headline';
import { formatShare } from '../../lib/dashboard/share';

/** The four numbers a manager reads first; each leads to the list it counts. */
export function HeadlineFigures({ figures }: { figures: Figures }) {
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
              <a href="#coverage">By tracker and site</a>
            </span>
          </dd>
        </div>
        <div class="figure">
          <dt>Aligned</dt>
          <dd>
            <span class="figure-value">
              {figures.aligned === null ? '…' : formatShare(figures.aligned, figures.seen)}
            </span>
            <span class="figure-note">
              {figures.aligned === null ? 'Checking the seen items…' : describeAligned(figures.aligned, figures.seen)}
            </span>
          </dd>
        </div>
        <div class="figure">
          <dt>Objectives with no work</dt>
          <dd>
            <span class="figure-value">{formatCount(figures.withoutWork)}</span>
            <span class="figure-note">
              <a href="#objectives-without-work">See which</a>
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
