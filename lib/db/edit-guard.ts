import { CHANGED_ELSEWHERE } from '../messages/changed-elsewhere';
import type { EditableList } from '../messages/protocol';
import { UserError } from '../messages/user-error';
import { layerOf, withoutLayer } from '../model/layer';
import { catalogueTable } from './catalogue';
import type { ThroughlineDatabase } from './database';
import { sameValue } from './pack-diff';
import { layerNames } from './pack-io';

/**
 * Refuses an edit of a record that belongs to a subscribed pack, and a save
 * made from a stale copy: `base` is the record as the editor loaded it, and
 * when the stored one differs, another tab (or a refresh) changed it since.
 * Without `base` the save overwrites, which is what "Overwrite" sends.
 */
export async function checkEdit(db: ThroughlineDatabase, list: EditableList, record: unknown, base?: unknown) {
  const id = (record as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return;
  const stored = await catalogueTable(db, list).get(id);
  if (stored === undefined) {
    if (base !== undefined)
      throw new UserError(`${CHANGED_ELSEWHERE}: it was deleted since you opened it. Overwrite to save it again.`);
    return;
  }
  const layer = layerOf(stored);
  if (layer !== undefined) {
    const name = (await layerNames(db)).get(layer) ?? 'a subscribed pack';
    throw new UserError(
      `This comes from the subscribed pack “${name}” and is read-only here; it changes with the pack.`,
    );
  }
  if (base !== undefined && !sameValue(withoutLayer(stored), base))
    throw new UserError(
      `${CHANGED_ELSEWHERE} (in another tab or window) since you opened it. Reload to see the other change, or Overwrite it with yours.`,
    );
}
