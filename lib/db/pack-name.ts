import { ShortText } from '../model/primitives';
import type { ThroughlineDatabase } from './database';

export const DEFAULT_PACK_NAME = 'Throughline strategy';

/** The name of the user's own strategy, from the last pack imported into it; `null` before any. */
export async function storedPackName(db: ThroughlineDatabase): Promise<string | null> {
  const parsed = ShortText.safeParse((await db.meta.get('packName'))?.value);
  return parsed.success ? parsed.data : null;
}
