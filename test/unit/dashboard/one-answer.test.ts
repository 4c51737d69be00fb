import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressByObjective } from '../../../lib/catalogue/objective-progress';
import { objectivesWithoutWork } from '../../../lib/dashboard/objectives-without-work';
import { receivedWorkSummary } from '../../../lib/dashboard/sent-work-summary';
import { recordSeen } from '../../../lib/db/seen-items';
import { readHistory } from '../../../lib/db/snapshots';
import { createHandlers } from '../../../lib/messages/handlers';
import { catalogueWarnings } from '../../../lib/outcomes/catalogue-warnings';
import { countWarnings } from '../../../lib/outcomes/outcome-warnings';
import { NOW, seededDatabase } from '../db/test-database';

const PAGE = { kind: 'page' } as const;
const KEYS = ['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5'];
const OBJECTIVES = ['ob-grow-1', 'ob-grow-2'];
const item = (key: string) => `jira:acme.atlassian.net:${key}`;
const pair = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...OBJECTIVES));
const selector = ([key, objective]: [string, string]) => `${key} ${objective}`;

/**
 * Whatever the links (to seen work or not), rules, exclusions, facts and
 * targets: the catalogue's rows and objective pages, the dashboard, the
 * steering report and the snapshot behind the report's figures all say the
 * same objectives have work, so they show the same "work but no benefit
 * target" warnings and the same objectives with no work; and that answer is
 * the definition: explicit links, or seen work the resolver ties to it.
 */
describe('one answer to "which objectives have work"', () => {
  it('is the same in the catalogue, the dashboard, the report and the snapshot', async () => {
    const world = fc.record({
      seen: fc.subarray(KEYS),
      facts: fc.array(
        fc.record({
          labels: fc.subarray(['expansion', 'checkout']),
          parent: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
        }),
        { minLength: KEYS.length, maxLength: KEYS.length },
      ),
      links: fc.uniqueArray(pair, { maxLength: 3, selector }),
      exclusions: fc.uniqueArray(pair, { maxLength: 3, selector }),
      expansionRule: fc.boolean(),
      checkoutRule: fc.boolean(),
      targetOnGrow1: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const db = await seededDatabase();
        const handlers = createHandlers({ db, notify: () => {}, now: () => NOW, version: 'test' });
        await db.links.clear();
        await db.links.bulkAdd(
          w.links.map(([key, objectiveId], index) => ({
            id: `ln-${index}`,
            itemId: item(key),
            objectiveId,
            createdAt: '2026-11-02T09:00:00.000Z',
          })),
        );
        const linked = new Set(w.links.map(selector));
        await db.exclusions.bulkAdd(
          w.exclusions
            .filter((entry) => !linked.has(selector(entry)))
            .map(([key, objectiveId], index) => ({
              id: `ex-${index}`,
              itemId: item(key),
              objectiveId,
              createdAt: '2026-11-02T09:00:00.000Z',
            })),
        );
        await db.rules.update('ru-1', { enabled: w.expansionRule });
        if (w.checkoutRule)
          await db.rules.add({
            id: 'ru-2',
            objectiveId: 'ob-grow-2',
            tracker: 'jira',
            match: { kind: 'label', value: 'checkout' },
            enabled: true,
          });
        if (w.targetOnGrow1)
          await db.benefitTargets.add({
            id: 'bt-markets',
            objectiveId: 'ob-grow-1',
            name: 'New markets',
            kind: 'non-financial',
            direction: 'increase',
            baseline: 0,
            target: 4,
          });
        // Every item's facts, as pages show them, though only some items are seen.
        await handlers.annotate(
          { type: 'annotate', items: KEYS.map((key, index) => ({ id: item(key), facts: w.facts[index] })) },
          PAGE,
        );
        const seenIds = w.seen.map(item);
        await recordSeen(
          db,
          seenIds.map((id) => ({
            id,
            url: 'https://acme.atlassian.net/browse/X',
            lastSeen: '2026-11-24T09:00:00.000Z',
          })),
        );

        // The definition, from the resolver's own answers for the seen work.
        const resolved = await handlers.annotate({ type: 'annotate', items: seenIds.map((id) => ({ id })) }, PAGE);
        const expected = new Set([
          ...w.links.map(([, objectiveId]) => objectiveId),
          ...Object.values(resolved.items).flatMap((alignments) => alignments.map((a) => a.objectiveId)),
        ]);

        // The catalogue: its "has work", with progress from every check-in.
        const catalogue = new Set(
          (await handlers.objectivesWithWork({ type: 'objectivesWithWork' }, PAGE)).objectiveIds,
        );
        const objectives = await db.objectives.toArray();
        const progress = progressByObjective(
          await db.benefitTargets.toArray(),
          await db.measurements.toArray(),
          NOW,
          45,
          objectives,
        );
        const catalogueCounts = countWarnings([...catalogueWarnings(objectives, progress, catalogue).values()].flat());

        // The dashboard and the report: one summary.
        const summary = receivedWorkSummary(await handlers.summarizeWork({ type: 'summarizeWork' }, PAGE));
        const dashboardWithWork = new Set(summary.withWork);
        const dashboardCounts = countWarnings(
          [
            ...catalogueWarnings(
              summary.objectives,
              new Map(Object.entries(summary.progress)),
              dashboardWithWork,
            ).values(),
          ].flat(),
        );
        const withoutWork = objectivesWithoutWork(summary.objectives, summary.themes, dashboardWithWork).flatMap(
          (group) => group.records.map((objective) => objective.id),
        );

        // The report's headline figures: today's snapshot.
        await handlers.takeSnapshot({ type: 'takeSnapshot' }, PAGE);
        const snapshot = (await readHistory(db)).at(-1)!;

        const sorted = (ids: Iterable<string>) => [...ids].sort();
        expect(sorted(catalogue)).toEqual(sorted(expected));
        expect(sorted(dashboardWithWork)).toEqual(sorted(expected));
        expect(dashboardCounts).toEqual(catalogueCounts);
        expect(snapshot.figures.warnings).toEqual(catalogueCounts);
        expect(snapshot.figures.objectivesWithoutWork).toBe(withoutWork.length);
        expect(sorted(withoutWork)).toEqual(sorted(OBJECTIVES.filter((id) => !expected.has(id))));
        expect([snapshot.seen, snapshot.aligned]).toEqual([summary.seen, summary.aligned]);
        db.close();
      }),
      { numRuns: 30, seed: 11 },
    );
    // Thirty databases, each asked five ways: seconds on a busy machine.
  }, 60_000);
});
