import Dexie, { type ObservabilitySet } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { canonicalPack, exportPack, importPack } from '../../../lib/db/pack-io';
import { createHandlers } from '../../../lib/messages/handlers';
import { createRouter } from '../../../lib/messages/router';
import { PACK_LISTS } from '../../../lib/model/import-summary';
import { parsePack } from '../../../lib/model/parse-pack';
import { freshDatabase, NOW, parsed, smallPackInput } from '../db/test-database';

const ORIGIN = 'chrome-extension://abc';
const PAGE = { id: 'abc', url: `${ORIGIN}/options.html` };
const RUNS = 10_000;
const SEED = 20261124;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Values that have broken parsers before: wrong types, edge numbers, ids of other records, hostile text. */
const TRICKY: Json[] = [
  null,
  '',
  ' ',
  'x'.repeat(5001),
  '__proto__',
  'constructor',
  'ob-grow-1',
  'ob-grow-2',
  'th-growth',
  'bt-ssr',
  'GROW-1',
  'grow-2',
  '2026-02-30',
  '2026-11-24T10:00:00Z',
  'javascript:alert(1)',
  'https://example.com',
  '<img src=x onerror=alert(1)>',
  '(a+)+$',
  'jira:acme.atlassian.net:PAY-1',
  'jira:acme.atlassian.net:not a key',
  -1,
  0,
  0.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  true,
  [],
  {},
  { kind: 'key-pattern', value: '(a+)+$' },
];

function pathsOf(value: Json, at: Path = []): Path[] {
  const paths: Path[] = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsOf(item, [...at, index]));
  } else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
  return paths;
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } {
  let parent = root;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[segment] as Json;
  return { parent, key: path.at(-1)! };
}

type Mutation = {
  at: number;
  kind: 'delete' | 'set' | 'tricky' | 'duplicate' | 'unknown-key';
  value: Json;
  pick: number;
};

/** Applies one mutation at the `at`-th path (modulo their number) of the pack. */
function mutate(pack: Json, mutation: Mutation): void {
  const paths = pathsOf(pack);
  const path = paths[mutation.at % paths.length]!;
  const { parent, key } = parentOf(pack, path);
  const container = parent as Record<string | number, Json>;
  switch (mutation.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete container[key];
      return;
    case 'set':
      container[key] = mutation.value;
      return;
    case 'tricky':
      container[key] = structuredClone(TRICKY[mutation.pick % TRICKY.length]!);
      return;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
      else container[`${key}`] = structuredClone(container[key]!);
      return;
    case 'unknown-key': {
      const target = container[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) target.surprise = mutation.value;
      else container[key] = { surprise: mutation.value };
    }
  }
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'set', 'tricky', 'duplicate', 'unknown-key'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  pick: fc.nat(),
});

/** A refusal names where the problem is: a top-level field, or a list entry such as `objectives[1].code`. */
const NAMES_A_PATH = new RegExp(`\\b(format|version|exportedAt|name|${PACK_LISTS.join('|')})\\b`);

describe('10,000 mutated packs through the real router', () => {
  it('never throw, never write part of a pack, and always say where a refused one is wrong', async () => {
    const db = freshDatabase();
    const input = smallPackInput() as unknown as Json;
    await importPack(db, parsed(input), 'replace', NOW);
    const router = createRouter(createHandlers({ db, notify: vi.fn(), now: () => NOW, version: '1' }), {
      runtimeId: 'abc',
      extensionOrigin: ORIGIN,
      isTrackerPage: () => false,
    });
    let commits = 0;
    const count = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/`))) commits++;
    };
    Dexie.on('storagemutated', count);
    const outcomes = { refused: 0, imported: 0 };
    try {
      await fc.assert(
        fc.asyncProperty(
          // Two mutations or more: a pack changed in one harmless place is accepted, and accepted ones cost the most time.
          fc.array(mutationArbitrary, { minLength: 2, maxLength: 4 }),
          fc.constantFrom('merge' as const, 'replace' as const),
          async (mutations, mode) => {
            const pack = structuredClone(input);
            for (const mutation of mutations) mutate(pack, mutation);
            const before = commits;
            const reply = await router({ type: 'importPack', pack, mode }, PAGE);
            if (!reply.ok) {
              outcomes.refused++;
              expect(reply.error).toMatch(NAMES_A_PATH);
              expect(commits).toBe(before);
              return;
            }
            outcomes.imported++;
            const result = parsePack(pack);
            expect(result.ok).toBe(true);
            // After a replace the catalogue is exactly the pack; a merge's result was checked as a whole before it was written.
            if (mode === 'replace' && result.ok)
              expect(await exportPack(db, NOW)).toEqual(canonicalPack(result.pack, result.pack.name, NOW));
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      Dexie.on('storagemutated').unsubscribe(count);
    }
    expect(outcomes.refused + outcomes.imported).toBe(RUNS);
    // Printed for the closing note of the issue; the seed makes the split the same on every run.
    console.info(`pack fuzz: ${RUNS} packs, ${outcomes.refused} refused, ${outcomes.imported} imported`);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
