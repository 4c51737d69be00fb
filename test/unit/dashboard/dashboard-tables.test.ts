import { describe, expect, it } from 'vitest';
import { readDashboardTables } from '../../../lib/dashboard/dashboard-tables';
import { recordSeen } from '../../../lib/db/seen-items';
import { saveSettings } from '../../../lib/db/settings';
import { freshDatabase, seededDatabase } from '../db/test-database';
import { seen } from './fixtures';

describe('readDashboardTables', () => {
  it('reads every table the dashboard shows, and the staleness setting', async () => {
    const db = await seededDatabase();
    await recordSeen(db, [seen('jira:acme.atlassian.net:PAY-42')]);
    await saveSettings(db, { staleAfterDays: 30 });
    const tables = await readDashboardTables(db);
    expect({
      themes: tables.themes.length,
      objectives: tables.objectives.length,
      targets: tables.targets.length,
      measurements: tables.measurements.length,
      links: tables.links.length,
      rules: tables.rules.length,
      seenItems: tables.seenItems.map((item) => item.id),
      staleAfterDays: tables.staleAfterDays,
    }).toEqual({
      themes: 1,
      objectives: 2,
      targets: 1,
      measurements: 2,
      links: 1,
      rules: 1,
      seenItems: ['jira:acme.atlassian.net:PAY-42'],
      staleAfterDays: 30,
    });
  });

  it('reads an empty database as empty lists and the default staleness', async () => {
    const tables = await readDashboardTables(freshDatabase());
    expect(tables).toEqual({
      themes: [],
      objectives: [],
      targets: [],
      measurements: [],
      links: [],
      rules: [],
      exclusions: [],
      seenItems: [],
      staleAfterDays: 45,
    });
  });
});
