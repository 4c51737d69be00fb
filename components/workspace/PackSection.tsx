import { useEffect, useRef } from 'preact/hooks';
import { warmCatalogue } from '../../lib/db/catalogue';
import { pageDatabase } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { PackExport } from '../PackExport';
import { PackImport } from '../PackImport';
import { Subscriptions } from '../sharing/Subscriptions';

/**
 * The strategy pack (`#pack`): importing a pack file, exporting the
 * workspace as one, and the packs subscribed to. A section of its own, so
 * that an import's preview and outcome push nothing else down. The empty
 * states' "Import a strategy pack" lead here, to the file input. It loads
 * the catalogue as it opens, for the preview or export that follows.
 */
export function PackSection() {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
    // A failure here shows again, and is reported, when the preview or export reads.
    warmCatalogue(pageDatabase).catch(() => {});
  }, []);
  return (
    <section ref={section} class="stack pack-section" aria-labelledby="pack-heading">
      <h2 id="pack-heading">{t('packSection_strategyPack')}</h2>
      <p class="hint">{t('packSection_aStrategyPackIsThe')}</p>
      <div class="pack-panels">
        <section class="pack-panel" aria-labelledby="pack-import-heading">
          <h3 id="pack-import-heading">{t('packSection_import')}</h3>
          <PackImport />
        </section>
        <section class="pack-panel" aria-labelledby="pack-export-heading">
          <h3 id="pack-export-heading">{t('packSection_export')}</h3>
          <PackExport />
        </section>
      </div>
      <Subscriptions />
    </section>
  );
}
