import { STATUS_LABELS } from '../../lib/catalogue/labels';
import type { ObjectiveStatus } from '../../lib/model/objective';

/** An objective's status in words (colour only adds to them), styled like the overlay's. */
export function StatusBadge({ status }: { status: ObjectiveStatus }) {
  return (
    <span class="status" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
