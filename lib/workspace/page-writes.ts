import { describeStorageError } from '../db/storage-error';
import { t } from '../i18n/catalogue';
import { send } from '../messages/client';
import { UserError } from '../messages/user-error';

/**
 * The reasons a change the workspace made itself was refused, one per line.
 * A refusal (a `UserError`) names what is wrong; a database failure is
 * explained, quota first. Either way IndexedDB undid the whole transaction.
 */
export function refusalLines(error: unknown): string[] {
  const text = error instanceof UserError ? error.message : describeStorageError(error);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Tells the background that the workspace changed the catalogue itself, so
 * open tracker tabs update. Answers a note for the user when it could not.
 */
export async function announceCatalogueChange(): Promise<string | null> {
  const reply = await send({ type: 'announceChange', what: 'catalogue' });
  return reply.ok ? null : t('pageWrites_tabsNotTold');
}
