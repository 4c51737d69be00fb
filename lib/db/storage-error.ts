import { t } from '../i18n/catalogue';
/** Whether the browser refused a write for want of space; Dexie wraps the DOM error in its own. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return (
    name === 'QuotaExceededError' || (error as { inner?: { name?: unknown } })?.inner?.name === 'QuotaExceededError'
  );
}

/**
 * A database failure in words a person can act on. Running out of space is
 * the one that people can fix themselves; anything else is named as it is.
 * IndexedDB undoes a failed transaction whole, so either way nothing changed.
 */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return t('storageError_theBrowserHasNoMore');
  const message = (error as Error)?.message ?? String(error);
  return t('storageError_theDatabaseFailedSoNothing', message);
}
