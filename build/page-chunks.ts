/**
 * How the extension pages' shared code is cut into files. Left to the
 * bundler, the popup's first script pulled 19 small files, one request each
 * to the extension's own origin, and those requests, not running the code,
 * kept it from DOMContentLoaded (191 ms median; the same code as one file: 97–164 ms).
 * What the popup and the workspace load at once goes into three files,
 * fetched side by side: `common`, what the background uses as well (so it
 * holds no UI); `pages`, the rest of what the popup needs (the workspace
 * needs most of it too); `workspace`, what only the workspace needs. Code
 * reached only by a dynamic import, or only by other pages, is left to the
 * bundler: most of the workspace's sections load when first shown.
 */

/** The bundler's view of one module (Rolldown's `ModuleInfo`, the fields read here). */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; isEntry: boolean } | null;
}

const POPUP = /entrypoints[\\/]popup[\\/]/;
const WORKSPACE = /entrypoints[\\/]options[\\/]/;
const BACKGROUND = /entrypoints[\\/]background|wxt-background/;
/** Each page's own script stays its page's entry file: grouped, it would run on every page. */
const OWN_SCRIPT = /entrypoints[\\/]|\.html$/;

/** The entries that reach a module through static imports only. */
function entriesOf(graph: ModuleGraph, id: string, memo: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  const known = memo.get(id);
  if (known) return known;
  const entries = new Set<string>();
  // Set before the walk: an import cycle ends here rather than looping.
  memo.set(id, entries);
  const info = graph.getModuleInfo(id);
  if (!info) return entries;
  if (info.isEntry || info.importers.length === 0) entries.add(id);
  for (const importer of info.importers) for (const entry of entriesOf(graph, importer, memo)) entries.add(entry);
  return entries;
}

type Chunk = 'common' | 'pages' | 'workspace';

/** Which of the three files a module goes into, if any. */
function chunkOf(id: string, graph: ModuleGraph, memo: Map<string, ReadonlySet<string>>): Chunk | null {
  if (OWN_SCRIPT.test(id)) return null;
  const entries = [...entriesOf(graph, id, memo)];
  const reached = (page: RegExp) => entries.some((entry) => page.test(entry));
  const popup = reached(POPUP);
  const workspace = reached(WORKSPACE);
  if (!popup && !workspace) return null;
  if (reached(BACKGROUND)) return 'common';
  return popup ? 'pages' : 'workspace';
}

/** Rolldown's `output.codeSplitting.groups` for the build of the extension pages. */
export function pageChunkGroups() {
  const memo = new Map<string, ReadonlySet<string>>();
  // Taken in this order: a module a group takes is no other group's, nor are the modules it imports.
  return (['common', 'pages', 'workspace'] as const).map((chunk, index, all) => ({
    name: (id: string, graph: ModuleGraph) => (chunkOf(id, graph, memo) === chunk ? chunk : null),
    priority: all.length - index,
  }));
}
