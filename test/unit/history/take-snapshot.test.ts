import { describe, expect, it } from 'vitest';
import { exportPack, importPack } from '../../../lib/db/pack-io';
import { recordSeen } from '../../../lib/db/seen-items';
import { readHistory } from '../../../lib/db/snapshots';
import { foldTargets } from '../../../lib/history/history';
import { takeSnapshot, takeSnapshotIfMissing } from '../../../lib/history/take-snapshot';
import { parsePack } from '../../../lib/model/parse-pack';
import { freshDatabase, parsed, seededDatabase, smallPackInput } from '../db/test-database';

const seen = (key: string) => ({
  id: `jira:acme.atlassian.net:${key}`,
  url: `https://acme.atlassian.net/browse/${key}`,
  lastSeen: '2026-11-20T10:00:00.000Z',
});
const at = (day: string) => new Date(`${day}T15:00:00`);

describe('taking the daily snapshot', () => {
  it('counts seen work by tracker and site, theme and objective, by reason, and each target', async () => {
    const db = await seededDatabase();
    await recordSeen(db, [seen('PAY-42'), seen('PAY-1'), seen('WEB-7')]);
    const snapshot = await takeSnapshot(db, at('2026-11-24'));
    expect(snapshot).toMatchObject({
      day: '2026-11-24',
      span: 'day',
      seen: 3,
      aligned: 1,
      reasons: { link: 1 },
      trackers: [{ tracker: 'jira', site: 'acme.atlassian.net', seen: 3, aligned: 1, reasons: { link: 1 } }],
      themes: [{ themeId: 'th-growth', aligned: 1, reasons: { link: 1 } }],
      objectives: [{ objectiveId: 'ob-grow-2', aligned: 1, reasons: { link: 1 } }],
      targets: [{ targetId: 'bt-ssr', value: 1_250_000, at: '2026-11-14', confidence: 0.7 }],
      // GROW-1's rule (label "expansion") matches none of the seen work: it has none, as the dashboard says.
      figures: { objectivesInPlay: 2, objectivesWithoutWork: 1 },
    });
    // GROW-2 is at risk (and on pace: 50% reached, 49% expected); GROW-1 has no target, but no work either.
    expect(snapshot.figures.warnings).toEqual({
      'at-risk': 1,
      'behind-pace': 0,
      'no-target': 0,
      'no-check-in': 0,
      'stale-check-in': 0,
    });
  });

  it('keeps one snapshot a day, records only changed targets, and invents no missed day', async () => {
    const db = await seededDatabase();
    await takeSnapshot(db, at('2026-11-24'));
    await takeSnapshot(db, at('2026-11-24'));
    await takeSnapshotIfMissing(db, at('2026-11-24'));
    await takeSnapshot(db, at('2026-11-25'));
    await db.measurements.add({ id: 'ms-3', targetId: 'bt-ssr', value: 1_300_000, at: '2026-11-27' });
    await takeSnapshotIfMissing(db, at('2026-11-27'));
    const history = await readHistory(db);
    expect(history.map((snapshot) => [snapshot.day, snapshot.targets.map((state) => state.value)])).toEqual([
      ['2026-11-24', [1_250_000]],
      ['2026-11-25', []],
      ['2026-11-27', [1_300_000]],
    ]);
    expect(foldTargets(history).get('bt-ssr')?.value).toBe(1_300_000);
  });

  it('goes with a backup pack, and a pack without history leaves the stored one', async () => {
    const db = await seededDatabase();
    await takeSnapshot(db, at('2026-11-24'));
    await takeSnapshot(db, at('2026-11-25'));
    const backup = await exportPack(db, at('2026-11-25'), { history: true });
    expect(backup.history?.map((snapshot) => snapshot.day)).toEqual(['2026-11-24', '2026-11-25']);
    expect((await exportPack(db, at('2026-11-25'))).history).toBeUndefined();

    const restored = freshDatabase();
    const reparsed = parsePack(JSON.parse(JSON.stringify(backup)));
    expect(reparsed.ok).toBe(true);
    if (!reparsed.ok) return;
    await importPack(restored, reparsed.pack, 'replace');
    expect(await readHistory(restored)).toEqual(backup.history);
    await importPack(restored, parsed(smallPackInput()), 'replace');
    expect(await readHistory(restored)).toHaveLength(2);

    const other = { ...backup, history: [backup.history![0]!] };
    await importPack(restored, other, 'merge');
    expect(await readHistory(restored)).toHaveLength(2);
    await importPack(restored, other, 'replace');
    expect(await readHistory(restored)).toHaveLength(1);
  });

  it('refuses a history out of order', () => {
    const first = { ...smallPackInput() };
    const snapshot = {
      day: '2026-11-24',
      takenAt: '2026-11-24T10:00:00.000Z',
      span: 'day',
      seen: 0,
      aligned: 0,
      reasons: {},
      figures: { objectivesInPlay: 0, objectivesWithoutWork: 0, warnings: {} },
      trackers: [],
      themes: [],
      objectives: [],
      targets: [],
    };
    const result = parsePack({ ...first, history: [snapshot, snapshot] });
    expect(result).toEqual({
      ok: false,
      errors: ['history[1].day: day 2026-11-24 must come after 2026-11-24: one snapshot per day, oldest first'],
    });
  });
});
