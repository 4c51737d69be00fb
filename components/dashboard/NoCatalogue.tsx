import { t } from '../../lib/i18n/catalogue';
/** The first thing to do on a fresh install: without a catalogue there is nothing to align to. */
export function NoCatalogue() {
  return (
    <section class="empty-state" aria-labelledby="no-catalogue-heading">
      <h2 id="no-catalogue-heading">{t('noCatalogue_noStrategyYet')}</h2>
      <p>{t('noCatalogue_theDashboardComparesTheWork')}</p>
      <a class="button-link" href="options.html#pack">
        {t('noCatalogue_importAStrategyPack')}
      </a>
    </section>
  );
}
