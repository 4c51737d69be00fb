// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import type { Adapter } from '../../../../lib/trackers/adapter';
import { AZURE_DEVOPS_ADAPTERS } from '../../../../lib/trackers/azure-devops-registry';
import { fixtureFiles, fixtureUrls, loadFixture } from '../asana/load';

const TRACKERS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../lib/trackers');

function isAdapter(value: unknown): value is Adapter {
  return typeof value === 'object' && value !== null && 'find' in value && 'applies' in value && 'tracker' in value;
}

/** Every adapter exported by an `azure-devops-*.ts` file, with the file it lives in. */
async function adapterFiles(): Promise<{ file: string; adapter: Adapter }[]> {
  const files = readdirSync(TRACKERS_DIR).filter((file) => file.startsWith('azure-devops-') && file.endsWith('.ts'));
  const found: { file: string; adapter: Adapter }[] = [];
  for (const file of files) {
    const module = (await import(join(TRACKERS_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isAdapter(value)) found.push({ file, adapter: value });
  }
  return found;
}

/** Every canonical id all adapters find on a fixture served at `href`. */
function idsAt(file: string, href: string): string[] {
  const { doc, url } = loadFixture('azure-devops', file, href);
  return AZURE_DEVOPS_ADAPTERS.filter((adapter) => adapter.applies(url, doc))
    .flatMap((adapter) => adapter.find(doc, url))
    .map((item) => formatItemId(item.ref));
}

describe('Azure DevOps registry', () => {
  it('registers every adapter file once, named after its file', async () => {
    const files = await adapterFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { file, adapter } of files) {
      expect(AZURE_DEVOPS_ADAPTERS.filter((registered) => registered === adapter)).toHaveLength(1);
      expect(`${adapter.name}.ts`).toBe(file);
      expect(adapter.tracker).toBe('azure-devops');
    }
    expect(files).toHaveLength(AZURE_DEVOPS_ADAPTERS.length);
  });

  it('has a fixture on which each adapter finds items', () => {
    const yields = new Map(AZURE_DEVOPS_ADAPTERS.map((adapter) => [adapter.name, 0]));
    for (const file of fixtureFiles('azure-devops')) {
      const { doc, url } = loadFixture('azure-devops', file);
      for (const adapter of AZURE_DEVOPS_ADAPTERS) {
        if (!adapter.applies(url, doc)) continue;
        yields.set(adapter.name, (yields.get(adapter.name) ?? 0) + adapter.find(doc, url).length);
      }
    }
    for (const [name, count] of yields) expect(count, name).toBeGreaterThan(0);
  });

  it('puts the detail view first', () => {
    expect(AZURE_DEVOPS_ADAPTERS[0]?.name).toBe('azure-devops-work-item-form');
  });

  // Cloud pages stand for both host forms of one organization; an Azure DevOps Server page for its own host only.
  it.each(Object.entries(fixtureUrls('azure-devops')).filter(([file]) => !file.startsWith('legacy-')))(
    'gives the same canonical ids on both hosts for %s',
    (file, hrefs) => {
      expect(hrefs).toHaveLength(2);
      const [cloud, legacy] = hrefs as [string, string];
      expect(idsAt(file, legacy)).toEqual(idsAt(file, cloud));
      for (const id of idsAt(file, cloud)) expect(id).toMatch(/^azure-devops:dev\.azure\.com\/contoso:[1-9]\d*$/);
    },
  );

  it.each([
    'https://dev.azure.com/contoso/Platform',
    'https://contoso.visualstudio.com/DefaultCollection/Platform/_workitems/edit/101',
  ])('applies on %s', (href) => {
    // The query results and the legacy backlog keep to their own hub's path; every other adapter applies on any page.
    const pathBound = ['azure-devops-query-results', 'azure-devops-legacy-backlog'];
    for (const adapter of AZURE_DEVOPS_ADAPTERS.filter((adapter) => !pathBound.includes(adapter.name))) {
      expect(adapter.applies(new URL(href), document), adapter.name).toBe(true);
    }
  });

  it.each([
    'https://app.asana.com/0/1209000000000001/list',
    'https://azure.microsoft.com/en-us/products/devops',
    'https://dev.azure.com.evil.example/contoso/Platform',
  ])('does not apply on %s', (href) => {
    const empty = document.implementation.createHTMLDocument('');
    for (const adapter of AZURE_DEVOPS_ADAPTERS)
      expect(adapter.applies(new URL(href), empty), adapter.name).toBe(false);
  });

  it('finds nothing on the project overview, without throwing', () => {
    const { doc, url } = loadFixture('azure-devops', 'no-match.html');
    for (const adapter of AZURE_DEVOPS_ADAPTERS) expect(adapter.find(doc, url)).toEqual([]);
  });

  it('finds nothing, without throwing, in markup it does not know or on a page with no organization', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div class="work-item-form-header"></div><div class="wit-card boards-card" data-itemid></div><table class="backlog-tree bolt-table"><tr role="row"><td></td></tr></table>';
    const url = new URL('https://dev.azure.com/contoso/Platform/_queries/query/1/');
    for (const adapter of AZURE_DEVOPS_ADAPTERS) expect(adapter.find(root, url)).toEqual([]);
    const { doc } = loadFixture('azure-devops', 'kanban.html');
    const nowhere = new URL('https://dev.azure.com/_signin');
    for (const adapter of AZURE_DEVOPS_ADAPTERS) expect(adapter.find(doc, nowhere)).toEqual([]);
  });
});
