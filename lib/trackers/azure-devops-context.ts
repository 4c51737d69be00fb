import type { ItemContext } from '../model/annotation';

// The limit of ItemContextSchema: a longer path would fail the message schema and lose the item.
const MAX_AREA_PATH = 500;

/** What area-path rules match on. A path too long to pass whole is left out: a cut path would match the wrong rules. */
export function areaPathContext(areaPath: string | undefined): ItemContext | undefined {
  return areaPath !== undefined && areaPath.length <= MAX_AREA_PATH ? { areaPath } : undefined;
}
