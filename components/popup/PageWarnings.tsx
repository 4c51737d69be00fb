import { browser } from 'wxt/browser';
import { chipWording } from '../../lib/format/chip-wording';
import { warningText } from '../../lib/format/warning-text';
import { messageParts } from '../../lib/i18n/message-parts';
import type { ObjectiveSummary } from '../../lib/model/annotation';
import { routeHref } from '../../lib/workspace/route-href';

/**
 * The outcome warnings of the objectives this page's work serves, each with
 * what to do and a link to where to do it in the workspace.
 */
export function PageWarnings({ objectives }: { objectives: readonly ObjectiveSummary[] }) {
  const warned = objectives
    .map((objective) => ({ objective, warnings: chipWording(objective).warnings }))
    .filter((entry) => entry.warnings.length > 0);
  if (warned.length === 0) return null;
  const count = warned.reduce((sum, entry) => sum + entry.warnings.length, 0);
  return (
    <section class="page-warnings" aria-labelledby="page-warnings-heading">
      <h2 id="page-warnings-heading">
        {messageParts('pageWarnings_outcomeWarnings', <span class="muted">({count})</span>)}
      </h2>
      <ul>
        {warned.flatMap(({ objective, warnings }) =>
          warnings.map((warning) => {
            const text = warningText(warning, objective.code);
            return (
              <li key={`${warning.kind}-${text.arg}`} data-warning={warning.kind}>
                <span>{text.text}</span>{' '}
                <a
                  href={browser.runtime.getURL(`/options.html${routeHref(text.section, text.arg)}`)}
                  target="_blank"
                  rel="noopener"
                >
                  {text.action}
                </a>
              </li>
            );
          }),
        )}
      </ul>
    </section>
  );
}
