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
  if (via === 'rule') return `rule: ${alignment.ruleName ?? 'a rule'}`;
  return alignment.linkedAt ? `linked ${formatDay(alignment.linkedAt, now)}` : 'linked';
}

/**
 * Why an item serves an objective, in a few words: "linked 2 Nov", "rule:
 * label checkout", "via epic PAY-100 · linked 2 Nov". The hover card, the
 * picker and the popup all say it this way.
 */
export function describeReason(alignment: ItemAlignment, now: Date): string {
  if (alignment.via !== 'inherited') return ownReason(alignment.via, alignment, now);
  const key = alignment.ancestorId ? (parseItemId(alignment.ancestorId)?.key ?? alignment.ancestorId) : 'a parent';
  const type = alignment.ancestorType ? `${alignment.ancestorType.toLowerCase()} ` : '';
  return `via ${type}${key} · ${ownReason(alignment.ancestorVia ?? 'link', alignment, now)}`;
}
