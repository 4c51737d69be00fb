import { t } from '../../lib/i18n/catalogue';
/** Marks a record of a subscribed pack: it changes with the pack, so it offers no edit or delete. */
export function SubscribedBadge() {
  return (
    <span class="subscribed-badge" title={t('subscribedBadge_thisComesFromASubscribed')}>
      {t('subscribedBadge_fromASubscribedPack')}
    </span>
  );
}
