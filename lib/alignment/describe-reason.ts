import { t } from '../i18n/catalogue';
import type { ItemAlignment } from '../model/annotation';
import { parseItemId } from '../model/item-id';

/** `2 Nov`, or `2 Nov 2025` for another year, in the browser's language. */
export function formatDay(at: string, now: Date): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    ...(!sameYear && { year: 'numeric' }),
  }).format(date);
}

function ownReason(via: 'link' | 'rule', alignment: ItemAlignment, now: Date): string {
  if (via === 'rule')
    return alignment.ruleName ? t('describeReason_rule', alignment.ruleName) : t('describeReason_aRule');
  return alignment.linkedAt
    ? t('describeReason_linkedOn', formatDay(alignment.linkedAt, now))
    : t('describeReason_linked');
}

/**
 * Why an item serves an objective, in a few words: "linked 2 Nov", "rule:
 * label checkout", "via epic PAY-100 · linked 2 Nov". The hover card, the
 * picker and the popup all say it this way.
 */
export function describeReason(alignment: ItemAlignment, now: Date): string {
  if (alignment.via !== 'inherited') return ownReason(alignment.via, alignment, now);
  const own = ownReason(alignment.ancestorVia ?? 'link', alignment, now);
  if (!alignment.ancestorId) return t('describeReason_viaAParent', own);
  const key = parseItemId(alignment.ancestorId)?.key ?? alignment.ancestorId;
  // The ancestor's type is the tracker's own word (Epic, Story), shown as the tracker names it.
  return alignment.ancestorType
    ? t('describeReason_viaTyped', alignment.ancestorType.toLowerCase(), key, own)
    : t('describeReason_via', key, own);
}
