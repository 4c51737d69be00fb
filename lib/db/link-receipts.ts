import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import type { Link } from '../model/link';
import type { ThroughlineDatabase } from './database';
import { sameValue } from './pack-diff';

/** An undo comes within seconds; a receipt older than this is no longer honoured. */
const RECEIPT_LIFETIME_MS = 60 * 60 * 1000;

/** Remembers links a content script on `origin` removed, so that its Undo may put exactly those back. */
export async function keepReceipts(db: ThroughlineDatabase, links: readonly Link[], origin: string, now: Date) {
  await db.transaction('rw', db.linkReceipts, async () => {
    await db.linkReceipts
      .where('removedAt')
      .below(new Date(now.getTime() - RECEIPT_LIFETIME_MS).toISOString())
      .delete();
    await db.linkReceipts.bulkPut(links.map((link) => ({ id: link.id, link, origin, removedAt: now.toISOString() })));
  });
}

/**
 * Checks that every link a content script asks to restore is one it removed
 * itself, as it was, within the hour, and uses up those receipts. Call it
 * inside the transaction that restores them.
 */
export async function useReceipts(db: ThroughlineDatabase, links: readonly Link[], origin: string, now: Date) {
  const receipts = await db.linkReceipts.bulkGet(links.map((link) => link.id));
  const oldest = now.getTime() - RECEIPT_LIFETIME_MS;
  links.forEach((link, index) => {
    const receipt = receipts[index];
    if (
      !receipt ||
      receipt.origin !== origin ||
      !sameValue(receipt.link, link) ||
      Date.parse(receipt.removedAt) < oldest
    )
      throw new UserError(t('dbRefusal_noReceipt', link.id));
  });
  await db.linkReceipts.bulkDelete(links.map((link) => link.id));
}
