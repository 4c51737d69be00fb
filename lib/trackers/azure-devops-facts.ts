import type { ItemFacts } from '../model/item-facts';

// The limits of ItemFactsSchema: a longer value would fail the message schema and lose the item.
const MAX_PATH = 500;
const MAX_NAME = 255;

export interface AzureDevOpsPageFacts {
  areaPath?: string;
  iterationPath?: string;
  type?: string;
  tags?: readonly string[];
  parent?: string | null;
}

/**
 * What an Azure DevOps page shows of a work item beyond its id; `undefined`
 * when it shows none of it. A path too long to pass whole is left out: a cut
 * path would match the wrong rules.
 */
export function azureDevOpsFacts({
  areaPath,
  iterationPath,
  type,
  tags,
  parent,
}: AzureDevOpsPageFacts): ItemFacts | undefined {
  const facts: ItemFacts = {};
  if (areaPath && areaPath.length <= MAX_PATH) facts.areaPath = areaPath;
  if (iterationPath && iterationPath.length <= MAX_PATH) facts.iterationPath = iterationPath;
  if (type && type.length <= MAX_NAME) facts.type = type;
  const named = (tags ?? []).filter((tag) => tag.length > 0 && tag.length <= MAX_NAME);
  if (named.length > 0) facts.labels = named.slice(0, 100);
  if (parent) facts.parent = parent;
  return Object.keys(facts).length > 0 ? facts : undefined;
}
