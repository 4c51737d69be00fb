import { readFileSync } from 'node:fs';
import { alignmentSources, buildAlignmentIndex } from '../../../lib/alignment/alignment-index';
import { createResolver } from '../../../lib/alignment/resolve';
import { compiledKeyPattern } from '../../../lib/alignment/rules';
import type { ItemFacts } from '../../../lib/model/item-facts';
import type { Pack } from '../../../lib/model/pack';
import { parsePackText } from '../../../lib/model/parse-pack';
import { apiFacts } from '../../fixtures/tracker-api-data';
import { SAMPLE_PACK_PATH } from './paths';

export function samplePack(): Pack {
  const parsed = parsePackText(readFileSync(SAMPLE_PACK_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.pack;
}

/**
 * The objective codes a pack gives each item once its facts are known, from
 * the routed trackers' APIs and what a page shows: what the extension must
 * end up showing, worked out apart from it (the resolver itself has its own
 * unit and property tests).
 */
export function expectedCodes(
  pack: Pack,
  pageFacts: (itemId: string) => ItemFacts | undefined = () => undefined,
): (itemId: string) => string[] {
  const resolve = createResolver(
    alignmentSources(buildAlignmentIndex(pack, compiledKeyPattern), (id) => {
      const fromApi = apiFacts(id);
      const fromPage = pageFacts(id);
      return fromApi || fromPage ? { ...fromApi, ...fromPage } : undefined;
    }),
  );
  const codeOf = new Map(pack.objectives.map((objective) => [objective.id, objective.code]));
  return (itemId) => resolve(itemId).map((alignment) => codeOf.get(alignment.objectiveId)!);
}
