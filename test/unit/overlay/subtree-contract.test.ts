// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../lib/model/item-id';
import type { Adapter } from '../../../lib/trackers/adapter';
import { ASANA_ADAPTERS } from '../../../lib/trackers/asana-registry';
import { AZURE_DEVOPS_ADAPTERS } from '../../../lib/trackers/azure-devops-registry';
import { JIRA_ADAPTERS } from '../../../lib/trackers/registry';
import { type Family, fixtureFiles, loadFixture as loadFamilyFixture } from '../trackers/asana/load';
import { FIXTURE_NAMES, readFixture } from '../trackers/load-fixture';

/**
 * The engine follows DOM changes by reading only the subtrees that changed,
 * so every adapter must find an item again when given just its container
 * (React re-creating one card) as the root.
 */
function expectSubtreeContract(adapters: readonly Adapter[], doc: Document, url: URL, page: string): number {
  let checked = 0;
  for (const adapter of adapters) {
    if (!adapter.applies(url, doc)) continue;
    for (const item of adapter.find(doc, url)) {
      const again = adapter
        .find(item.container, url)
        .map((found) => `${formatItemId(found.ref)}@${found.anchor.tagName}`);
      expect(again, `${adapter.name} on ${page}: ${item.ref.key}`).toContain(
        `${formatItemId(item.ref)}@${item.anchor.tagName}`,
      );
      checked++;
    }
  }
  return checked;
}

describe('adapters find an item again from its own container', () => {
  it.each(FIXTURE_NAMES)('jira/%s', (name) => {
    const { doc, url } = readFixture(name);
    const checked = expectSubtreeContract(JIRA_ADAPTERS, doc, url, name);
    if (!name.includes('no-match')) expect(checked).toBeGreaterThan(0);
  });

  const families: [Family, readonly Adapter[]][] = [
    ['asana', ASANA_ADAPTERS],
    ['azure-devops', AZURE_DEVOPS_ADAPTERS],
  ];
  for (const [family, adapters] of families)
    it.each(fixtureFiles(family))(`${family}/%s`, (file) => {
      const { doc, url } = loadFamilyFixture(family, file);
      const checked = expectSubtreeContract(adapters, doc, url, file);
      if (!file.includes('no-match')) expect(checked).toBeGreaterThan(0);
    });
});
