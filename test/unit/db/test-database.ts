import { threadId } from 'node:worker_threads';
import { afterEach } from 'vitest';
import { type AnnotateDeps, type AnnotateOptions, annotate } from '../../../lib/db/annotate';
import { createDatabase, type ThroughlineDatabase } from '../../../lib/db/database';
import { createFactsCache } from '../../../lib/db/facts-cache';
import { importPack } from '../../../lib/db/pack-io';
import { createFactsLedger } from '../../../lib/facts/facts-ledger';
import type { ItemFacts } from '../../../lib/model/item-facts';
import type { Pack, PackInput } from '../../../lib/model/pack';
import { parsePack } from '../../../lib/model/parse-pack';

const open: ThroughlineDatabase[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/**
 * A database of its own for each test, deleted afterwards. Named for the
 * worker thread too: Dexie tells every thread of the process about each
 * commit (BroadcastChannel), and a test counting its database's commits
 * heard another file's database of the same name.
 */
export function freshDatabase(): ThroughlineDatabase {
  const db = createDatabase(`throughline-test-${process.pid}-${threadId}-${++counter}`);
  open.push(db);
  return db;
}

export const NOW = new Date('2026-11-24T10:00:00.000Z');

/** A small consistent catalogue: two objectives under one theme, a target with check-ins, a link and a rule. */
export function smallPackInput(): PackInput {
  return {
    format: 'throughline.pack',
    version: 2,
    exportedAt: '2026-11-24T10:00:00.000Z',
    name: 'Test strategy',
    themes: [{ id: 'th-growth', name: 'Growth', color: '#1f6feb' }],
    objectives: [
      {
        id: 'ob-grow-1',
        code: 'GROW-1',
        title: 'Win new markets',
        themeId: 'th-growth',
        parentId: null,
        owner: 'Dana Smith',
        status: 'active',
        period: { start: '2026-01-01', end: '2026-12-31' },
        url: 'https://intranet.example.com/strategy/grow-1',
      },
      {
        id: 'ob-grow-2',
        code: 'GROW-2',
        title: 'Increase self-serve revenue',
        themeId: 'th-growth',
        parentId: 'ob-grow-1',
        status: 'at-risk',
      },
    ],
    benefitTargets: [
      {
        id: 'bt-ssr',
        objectiveId: 'ob-grow-2',
        name: 'Self-serve revenue',
        unit: 'EUR',
        kind: 'financial',
        direction: 'increase',
        baseline: 1_000_000,
        target: 1_500_000,
        dueDate: '2026-12-31',
      },
    ],
    measurements: [
      { id: 'ms-1', targetId: 'bt-ssr', value: 1_100_000, at: '2026-09-30' },
      { id: 'ms-2', targetId: 'bt-ssr', value: 1_250_000, at: '2026-11-14', confidence: 0.7 },
    ],
    links: [
      {
        id: 'ln-1',
        itemId: 'jira:acme.atlassian.net:PAY-42',
        objectiveId: 'ob-grow-2',
        targetId: 'bt-ssr',
        createdAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    rules: [
      {
        id: 'ru-1',
        objectiveId: 'ob-grow-1',
        tracker: 'jira',
        site: 'acme.atlassian.net',
        match: { kind: 'label', value: 'expansion' },
        enabled: true,
      },
    ],
    exclusions: [],
  };
}

export function parsed(input: unknown): Pack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

/** A database holding `smallPackInput()`. */
export async function seededDatabase(): Promise<ThroughlineDatabase> {
  const db = freshDatabase();
  await importPack(db, parsed(smallPackInput()), 'replace');
  return db;
}

const backgrounds = new WeakMap<ThroughlineDatabase, Pick<AnnotateDeps, 'facts' | 'ledger'>>();

/** What the background keeps for a database: one facts cache and fetch ledger, kept between calls. */
export function backgroundOf(db: ThroughlineDatabase): AnnotateDeps {
  let background = backgrounds.get(db);
  if (!background) {
    background = { facts: createFactsCache(db), ledger: createFactsLedger() };
    backgrounds.set(db, background);
  }
  return { db, ...background };
}

/** Annotates as the background does. */
export function annotateIn(
  db: ThroughlineDatabase,
  items: { id: string; facts?: ItemFacts }[],
  options: Partial<AnnotateOptions> = {},
) {
  return annotate(backgroundOf(db), items, {
    now: NOW,
    staleAfterDays: 45,
    fetchingTrackers: ['jira', 'asana', 'azure-devops'],
    canFetch: () => false,
    ...options,
  });
}
