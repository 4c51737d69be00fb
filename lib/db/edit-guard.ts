import { t } from '../i18n/catalogue';
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
    if (base !== undefined) throw new UserError(t('editGuard_deletedSince'), { changedElsewhere: true });
    return;
  }
  const layer = layerOf(stored);
  if (layer !== undefined) {
    const name = (await layerNames(db)).get(layer);
    throw new UserError(name ? t('editGuard_readOnlyOf', name) : t('editGuard_readOnly'));
  }
  if (base !== undefined && !sameValue(withoutLayer(stored), base))
    throw new UserError(t('editGuard_changedSince'), { changedElsewhere: true });
}
