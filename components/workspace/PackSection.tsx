import { PackExport } from '../PackExport';
import { PackImport } from '../PackImport';

/** Import and export of the whole catalogue as a strategy pack. */
export function PackSection() {
  return (
    <section aria-labelledby="pack-heading" class="stack">
      <h2 id="pack-heading">Strategy pack</h2>
      <p class="hint">
        Share the whole catalogue (themes, objectives, benefit targets, check-ins, links and rules) as one file, or keep
        it as a backup.
      </p>
      <PackImport />
      <PackExport />
    </section>
  );
}
