import type { Ref } from 'preact';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import type { Site } from '../../lib/model/site';
import { TRACKER_LABELS } from '../../lib/sites/tracker-labels';

export interface SiteListProps {
  /** `undefined` while the database answers. */
  sites: readonly Site[] | undefined;
  /** Whether each site's permission is granted; a site not in the map is still being checked. */
  granted: ReadonlyMap<string, boolean>;
  headingRef: Ref<HTMLHeadingElement>;
  onRemove(site: Site): void;
  onGrantAgain(site: Site): void;
}

/** The sites the user added: tracker, when, whether Throughline may still read it, and Remove. */
export function SiteList({ sites, granted, headingRef, onRemove, onGrantAgain }: SiteListProps) {
  return (
    <section class="stack" aria-labelledby="site-list-heading">
      <h3 id="site-list-heading" ref={headingRef} tabIndex={-1}>
        {t('siteList_yourSites')}
      </h3>
      {sites === undefined && <p class="pending">{t('siteList_loadingYourSites')}</p>}
      {sites?.length === 0 && <p class="sites-empty">{t('siteList_noSelfHostedSitesYet')}</p>}
      {sites !== undefined && sites.length > 0 && (
        <table class="site-list">
          <thead>
            <tr>
              <th scope="col">{t('siteList_site')}</th>
              <th scope="col">{t('siteList_tracker')}</th>
              <th scope="col">{t('siteList_added')}</th>
              <th scope="col">{t('siteList_permission')}</th>
              <th scope="col">{t('siteList_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <tr key={site.origin}>
                <th scope="row">
                  <a href={site.origin} target="_blank" rel="noopener noreferrer">
                    {site.origin}
                  </a>
                </th>
                <td>{TRACKER_LABELS[site.tracker]}</td>
                <td>
                  <time dateTime={site.addedAt}>{readerFormat.date(site.addedAt)}</time>
                </td>
                <td>
                  <PermissionState site={site} granted={granted.get(site.origin)} onGrantAgain={onGrantAgain} />
                </td>
                <td>
                  <button
                    type="button"
                    class="quiet destructive"
                    aria-label={t('siteList_remove', site.origin)}
                    onClick={() => onRemove(site)}
                  >
                    {t('siteList_remove2')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PermissionState({
  site,
  granted,
  onGrantAgain,
}: {
  site: Site;
  granted: boolean | undefined;
  onGrantAgain(site: Site): void;
}) {
  if (granted === undefined) return <span class="pending">{t('siteList_checking')}</span>;
  if (granted) return <span class="site-granted">{t('siteList_granted')}</span>;
  return (
    <span class="site-missing">
      <span>{t('siteList_permissionMissing')}</span>
      <button type="button" aria-label={t('siteList_grantAgain', site.origin)} onClick={() => onGrantAgain(site)}>
        {t('siteList_grantAgain2')}
      </button>
    </span>
  );
}
