import { t } from '../i18n/catalogue';
import { ShortText } from '../model/primitives';
import type { ThroughlineDatabase } from './database';

/** The name an export takes before any pack named the user's strategy. */
export function defaultPackName(): string {
  return t('packName_default');
}

/** The name of the user's own strategy, from the last pack imported into it; `null` before any. */
export async function storedPackName(db: ThroughlineDatabase): Promise<string | null> {
  const parsed = ShortText.safeParse((await db.meta.get('packName'))?.value);
  return parsed.success ? parsed.data : null;
}
