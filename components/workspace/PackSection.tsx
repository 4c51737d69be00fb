import { useEffect, useRef } from 'preact/hooks';
import { PackExport } from '../PackExport';
import { PackImport } from '../PackImport';
import { Subscriptions } from '../sharing/Subscriptions';

/**
 * The strategy pack (`#pack`): importing a pack file, exporting the
 * workspace as one, and the packs subscribed to. A section of its own, so
 * that an import's preview and outcome push nothing else down. The empty
 * states' "Import a strategy pack" lead here, to the file input.
 */
export function PackSection() {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
  }, []);
  return (
    <section ref={section} class="stack pack-section" aria-labelledby="pack-heading">
      <h2 id="pack-heading">Strategy pack</h2>
      <p class="hint">
        A strategy pack is the whole strategy in one file: themes, objectives, benefit targets and check-ins, links and
        rules. Share it with your team, or subscribe to the one your PMO publishes.
      </p>
      <div class="pack-panels">
        <section class="pack-panel" aria-labelledby="pack-import-heading">
          <h3 id="pack-import-heading">Import</h3>
          <PackImport />
        </section>
        <section class="pack-panel" aria-labelledby="pack-export-heading">
          <h3 id="pack-export-heading">Export</h3>
          <PackExport />
        </section>
      </div>
      <Subscriptions />
    </section>
  );
}
