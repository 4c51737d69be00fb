import { describe, expect, it } from 'vitest';
import { pageChunkGroups } from '../../../build/page-chunks';

/** A module graph as Rolldown shows it: each module's static importers. */
function graph(importers: Record<string, string[]>, entries: string[]) {
  return {
    getModuleInfo: (id: string) =>
      id in importers ? { importers: importers[id] ?? [], isEntry: entries.includes(id) } : null,
  };
}

const ENTRIES = [
  '/x/entrypoints/popup/index.html',
  '/x/entrypoints/options/index.html',
  '/x/entrypoints/dashboard/index.html',
  'virtual:wxt-background-entrypoint',
];
const GRAPH = graph(
  {
    '/x/entrypoints/popup/index.html': [],
    '/x/entrypoints/options/index.html': [],
    '/x/entrypoints/dashboard/index.html': [],
    'virtual:wxt-background-entrypoint': [],
    '/x/entrypoints/popup/main.tsx': ['/x/entrypoints/popup/index.html'],
    '/x/entrypoints/options/main.tsx': ['/x/entrypoints/options/index.html'],
    '/x/entrypoints/dashboard/main.tsx': ['/x/entrypoints/dashboard/index.html'],
    '/x/components/popup/PopupApp.tsx': ['/x/entrypoints/popup/main.tsx'],
    '/x/node_modules/preact/dist/preact.mjs': ['/x/components/popup/PopupApp.tsx', '/x/entrypoints/options/main.tsx'],
    '/x/lib/model/item-id.ts': ['/x/components/popup/PopupApp.tsx', 'virtual:wxt-background-entrypoint'],
    // Reached by the popup only through an item-id's import: a cycle back to it as well.
    '/x/lib/model/sites.ts': ['/x/lib/model/item-id.ts', '/x/lib/model/cycle.ts'],
    '/x/lib/model/cycle.ts': ['/x/lib/model/sites.ts'],
    '/x/lib/db/database.ts': ['/x/entrypoints/dashboard/main.tsx'],
    '/x/components/workspace/WorkspaceApp.tsx': ['/x/entrypoints/options/main.tsx'],
    // Imported dynamically only (a workspace section): no static importer, and not an entry.
    '/x/components/links/LinksSection.tsx': [],
  },
  ENTRIES,
);

function chunkOf(id: string): string | null {
  // A fresh set of groups per module: the answer must not depend on which modules were asked about first.
  return pageChunkGroups().reduce<string | null>((found, group) => found ?? group.name(id, GRAPH), null);
}

describe('the extension pages’ chunks', () => {
  it('puts what the popup loads at once, and the background does not, in `pages`', () => {
    expect(chunkOf('/x/components/popup/PopupApp.tsx')).toBe('pages');
    expect(chunkOf('/x/node_modules/preact/dist/preact.mjs')).toBe('pages');
  });

  it('puts what only the workspace loads at once in `workspace`', () => {
    expect(chunkOf('/x/components/workspace/WorkspaceApp.tsx')).toBe('workspace');
  });

  it('puts what the background uses too in `common`, through import cycles', () => {
    expect(chunkOf('/x/lib/model/item-id.ts')).toBe('common');
    expect(chunkOf('/x/lib/model/sites.ts')).toBe('common');
  });

  it('leaves each page its own script, other pages’ code and dynamically imported code to the bundler', () => {
    expect(chunkOf('/x/entrypoints/popup/main.tsx')).toBeNull();
    expect(chunkOf('/x/entrypoints/popup/index.html')).toBeNull();
    expect(chunkOf('/x/lib/db/database.ts')).toBeNull();
    expect(chunkOf('/x/components/links/LinksSection.tsx')).toBeNull();
  });

  it('takes the `common` modules first, then `pages`', () => {
    const [common, pages, workspace] = pageChunkGroups();
    expect(common!.priority).toBeGreaterThan(pages!.priority);
    expect(pages!.priority).toBeGreaterThan(workspace!.priority);
  });
});
