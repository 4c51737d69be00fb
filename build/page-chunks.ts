/**
 * How the extension pages' shared code is cut into files. Left to the
 * bundler, the popup's first script pulled 19 small files, one request each
 * to the extension's own origin, and those requests, not running the code,
 * kept it from DOMContentLoaded (191 ms median; the same code as one file: 97–164 ms).
 * The code the popup and the workspace load at once goes into two files:
 * `common`, what the background uses as well (so it holds no UI), and
 * `pages`, the rest. Code reached only by a dynamic import, or only by
 * other pages, is left to the bundler: the workspace's sections still load
 * when first shown.
 */

/** The bundler's view of one module (Rolldown's `ModuleInfo`, the fields read here). */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; isEntry: boolean } | null;
}

/** Pages whose first script is kept to a few files: they have first-render budgets (README, Benchmark). */
const FAST_PAGES = /entrypoints[\\/](popup|options)[\\/]/;
const OWN_SCRIPT = /entrypoints[\\/]|\.html$/;
const BACKGROUND = /entrypoints[\\/]background|wxt-background/;

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

/** Rolldown's `output.codeSplitting.groups` for the build of the extension pages. */
export function pageChunkGroups() {
  const memo = new Map<string, ReadonlySet<string>>();
  const reach = (id: string, graph: ModuleGraph) => {
    // Each page's own script stays its page's entry file: grouped, it would run on every page.
    if (OWN_SCRIPT.test(id)) return { fast: false, background: false };
    const entries = [...entriesOf(graph, id, memo)];
    return {
      fast: entries.some((entry) => FAST_PAGES.test(entry)),
      background: entries.some((entry) => BACKGROUND.test(entry)),
    };
  };
  return [
    {
      name: (id: string, graph: ModuleGraph) => {
        const { fast, background } = reach(id, graph);
        return fast && background ? 'common' : null;
      },
      priority: 2,
    },
    {
      name: (id: string, graph: ModuleGraph) => {
        const { fast, background } = reach(id, graph);
        return fast && !background ? 'pages' : null;
      },
      priority: 1,
    },
  ];
}
