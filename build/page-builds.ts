/**
 * How the extension pages are bundled. Each page is its own build, and what
 * it loads at once is one file: opening a page then asks the extension's own
 * origin for one script and one stylesheet. Those requests, not running the
 * code, kept the pages from DOMContentLoaded. Built together, the pages'
 * shared code came in four or five files (the workspace's Links section:
 * 200 ms from navigation start to its first rows, median of nine loads); one
 * file per page: 170 ms in the same run. Code reached only by a dynamic import
 * (most of the workspace's sections, the database code) stays in files of its
 * own, loaded when first needed; each page's build has its own copies.
 */

/** The bundler's view of one module (Rolldown's `ModuleInfo`, the fields read here). */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/**
 * WXT's build groups with every page in a build of its own. WXT builds all
 * the pages (and a module background) together, which shares their code
 * between them in common files; an entry alone in its array stays a page build.
 */
export function onePagePerBuild<Entry>(groups: readonly (Entry | Entry[])[]): (Entry | Entry[])[] {
  const split: (Entry | Entry[])[] = [];
  for (const group of groups) {
    if (Array.isArray(group)) split.push(...group.map((entry: Entry) => [entry]));
    else split.push(group);
  }
  return split;
}

/**
 * Whether a page reaches a module through static imports alone: a walk up its
 * importers to the page's HTML. A walk that finds none also settles every
 * module it passed, whose importers it has all seen; `memo` is per build.
 */
function loadedAtOnce(graph: ModuleGraph, id: string, memo: Map<string, boolean>): boolean {
  const seen = new Set([id]);
  const queue = [id];
  for (const at of queue) {
    const known = memo.get(at);
    if (known === false) continue;
    if (known || at.endsWith('.html')) {
      memo.set(id, true);
      return true;
    }
    for (const importer of graph.getModuleInfo(at)?.importers ?? []) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  for (const at of seen) memo.set(at, false);
  return false;
}

/**
 * Rolldown's `output.codeSplitting.groups` for a page's build: everything the
 * page loads at once in one group, which Rolldown merges into the page's own
 * file. Left to itself, it cut the modules that the page shares with its
 * dynamically imported sections (Preact's hooks, the catalogue's helpers)
 * into files of their own, fetched before the page could start.
 */
export function pageChunkGroups() {
  const memo = new Map<string, boolean>();
  return [{ name: (id: string, graph: ModuleGraph) => (loadedAtOnce(graph, id, memo) ? 'page' : null) }];
}
