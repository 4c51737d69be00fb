import { WARNING_KIND_LABELS, warningText } from '../../lib/format/warning-text';
import type { OutcomeWarning } from '../../lib/outcomes/outcome-warnings';
import './warnings.css';

interface Props {
  warnings: readonly { warning: OutcomeWarning; code: string }[];
  /** Where a warning's action leads: a workspace route, as an address this page can follow. */
  hrefOf(section: string, arg: string): string;
  /** Show the objective's code before each warning (lists across objectives). */
  showKind?: boolean;
}

/** Outcome warnings, each saying what is wrong, what to do, and linking to where to do it. */
export function WarningList({ warnings, hrefOf, showKind = false }: Props) {
  return (
    <ul class="warning-list">
      {warnings.map(({ warning, code }) => {
        const text = warningText(warning, code);
        return (
          <li key={`${warning.kind}-${text.arg}`} data-warning={warning.kind}>
            {showKind && <strong class="warning-kind">{WARNING_KIND_LABELS[warning.kind]}: </strong>}
            <span>{text.text}</span> <a href={hrefOf(text.section, text.arg)}>{text.action}</a>
          </li>
        );
      })}
    </ul>
  );
}
