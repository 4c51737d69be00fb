/**
 * Stored catalogue records carry `layer`: the id of the subscription whose
 * pack they came from. The user's own records have none. A layer is
 * read-only to the user and changes only when its pack is refreshed; the
 * field never appears in a pack file.
 */
export type Layered<T> = T & { layer?: string };

export function layerOf(record: object): string | undefined {
  const layer = (record as { layer?: unknown }).layer;
  return typeof layer === 'string' ? layer : undefined;
}

export function withoutLayer<T extends object>(record: Layered<T>): T {
  if (!('layer' in record)) return record;
  const { layer: _layer, ...rest } = record;
  return rest as T;
}
