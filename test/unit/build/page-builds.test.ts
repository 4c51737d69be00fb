import { describe, expect, it } from 'vitest';
import { onePagePerBuild, pageChunkGroups } from '../../../build/page-builds';

/** A module graph as Rolldown shows it: each module's static importers. */
function graph(importers: Record<string, string[]>) {
  return {
    getModuleInfo: (id: string) => (id in importers ? { importers: importers[id] ?? [] } : null),
  };
}

const GRAPH = graph({
  '/x/entrypoints/options/index.html': [],
  '/x/entrypoints/options/main.tsx': ['/x/entrypoints/options/index.html'],
  '/x/components/workspace/WorkspaceApp.tsx': ['/x/entrypoints/options/main.tsx'],
  '/x/node_modules/preact/hooks/dist/hooks.mjs': [
    '/x/components/workspace/WorkspaceApp.tsx',
    '/x/components/rules/RulesSection.tsx',
  ],
  // Reached through an import cycle whose other member the page imports.
  '/x/lib/model/sites.ts': ['/x/lib/model/item-id.ts'],
  '/x/lib/model/item-id.ts': ['/x/lib/model/sites.ts', '/x/components/workspace/WorkspaceApp.tsx'],
  // Imported dynamically only (a workspace section): no static importer.
  '/x/components/rules/RulesSection.tsx': [],
  '/x/lib/rules/rule-editor.ts': ['/x/components/rules/RulesSection.tsx'],
  // A cycle reached only from a dynamically imported module.
  '/x/lib/db/a.ts': ['/x/lib/db/b.ts', '/x/components/rules/RulesSection.tsx'],
  '/x/lib/db/b.ts': ['/x/lib/db/a.ts'],
});

/** Which group takes a module, asked of the same groups in the given order. */
function groupsOf(...ids: string[]): (string | null)[] {
  const [group] = pageChunkGroups();
  return ids.map((id) => group!.name(id, GRAPH));
}

describe('the extension pages’ builds', () => {
  it('builds each page on its own, and leaves the other groups as they were', () => {
    const popup = { name: 'popup' };
    const options = { name: 'options' };
    const content = { name: 'jira' };
    expect(onePagePerBuild([[popup, options], content])).toEqual([[popup], [options], content]);
  });

  it('puts everything the page loads at once into one file, with its own script', () => {
    expect(
      groupsOf(
        '/x/entrypoints/options/main.tsx',
        '/x/components/workspace/WorkspaceApp.tsx',
        '/x/node_modules/preact/hooks/dist/hooks.mjs',
      ),
    ).toEqual(['page', 'page', 'page']);
  });

  it('follows import cycles, whichever module is asked about first', () => {
    expect(groupsOf('/x/lib/model/sites.ts', '/x/lib/model/item-id.ts')).toEqual(['page', 'page']);
    expect(groupsOf('/x/lib/model/item-id.ts', '/x/lib/model/sites.ts')).toEqual(['page', 'page']);
  });

  it('leaves code reached only by a dynamic import to the bundler, cycles included', () => {
    expect(
      groupsOf(
        '/x/lib/db/b.ts',
        '/x/lib/db/a.ts',
        '/x/components/rules/RulesSection.tsx',
        '/x/lib/rules/rule-editor.ts',
        '/x/lib/db/b.ts',
      ),
    ).toEqual([null, null, null, null, null]);
  });

  it('answers the same after a module was found not to be loaded at once', () => {
    expect(groupsOf('/x/lib/rules/rule-editor.ts', '/x/node_modules/preact/hooks/dist/hooks.mjs')).toEqual([
      null,
      'page',
    ]);
  });
});
