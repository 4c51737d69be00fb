import type { TargetProgress } from '../../lib/model/annotation';

/** A bar filled toward the target whatever the direction; red when out of band or behind baseline. */
export function ProgressBar({ target }: { target: TargetProgress }) {
  const ratio = target.ratio ?? 0;
  return (
    <div class="bar" data-position={target.position ?? 'between'} aria-hidden="true">
      <span style={{ width: `${Math.round(ratio * 100)}%` }} />
    </div>
  );
}
