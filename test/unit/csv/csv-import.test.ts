import { describe, expect, it } from 'vitest';
import { listCsv } from '../../../lib/csv/catalogue-csv';
import { guessMapping, planCsvImport } from '../../../lib/csv/csv-import';
import { readCsv } from '../../../lib/csv/csv-table';
import { exportPack, importPack } from '../../../lib/db/pack-io';
import { NOW, seededDatabase } from '../db/test-database';

async function stored() {
  const db = await seededDatabase();
  const pack = await exportPack(db, NOW);
  return { db, pack };
}

function table(text: string) {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.table;
}

describe('CSV import', () => {
  it('maps columns by their headers and adds links by objective code, all at once', async () => {
    const { db, pack } = await stored();
    const csv = table(
      'Issue,Objective code,Notes\njira:acme.atlassian.net:PAY-1,GROW-1,"Checkout, phase 2"\njira:acme.atlassian.net:PAY-2,grow-2,\n',
    );
    const mapping = guessMapping('links', csv.columns);
    expect(mapping).toEqual({ itemId: 0, objective: 1, target: null, note: 2 });
    const plan = planCsvImport('links', csv, mapping, pack, 'links.csv', NOW);
    expect(plan.errors).toEqual([]);
    expect(plan.pack.links.map((link) => [link.itemId, link.objectiveId, link.note])).toEqual([
      ['jira:acme.atlassian.net:PAY-1', 'ob-grow-1', 'Checkout, phase 2'],
      ['jira:acme.atlassian.net:PAY-2', 'ob-grow-2', undefined],
    ]);
    const summary = await importPack(db, plan.pack, 'merge', NOW);
    expect(summary.changes.links).toMatchObject({ added: 2 });
    expect(await db.links.count()).toBe(3);
  });

  it('names every problem by row and column and imports nothing', async () => {
    const { pack } = await stored();
    const csv = table(
      'item,objective,target\njira:acme.atlassian.net:PAY-1,GROW-1,\nnot an item,GROW-1,\njira:acme.atlassian.net:PAY-3,GROW-9,\njira:acme.atlassian.net:PAY-4,GROW-2,Nope\n',
    );
    const plan = planCsvImport('links', csv, guessMapping('links', csv.columns), pack, 'bad.csv', NOW);
    expect(plan.errors).toEqual([
      'Row 3, column “item”: “not an item” is not a work item id such as jira:acme.atlassian.net:PAY-42',
      'Row 4, column “objective”: no objective with code or id “GROW-9”',
      'Row 5, column “target”: no benefit target “Nope”',
    ]);
  });

  it('asks for the columns it needs, and leaves out rows already linked', async () => {
    const { pack } = await stored();
    const csv = table('a,b\njira:acme.atlassian.net:PAY-42,GROW-2\n');
    expect(planCsvImport('links', csv, guessMapping('links', csv.columns), pack, 'x.csv', NOW).errors).toEqual([
      'Choose the column that holds “Work item”.',
      'Choose the column that holds “Objective”.',
    ]);
    const plan = planCsvImport('links', csv, { itemId: 0, objective: 1, target: null, note: null }, pack, 'x.csv', NOW);
    expect(plan).toMatchObject({ skipped: 1, errors: [] });
    expect(plan.pack.links).toEqual([]);
  });

  it('reads check-ins with numbers as people write them, a target by name and confidence in percent', async () => {
    const { db, pack } = await stored();
    const csv = table(
      'Metric;Date;Actual;Confidence\nSelf-serve revenue;2026-12-01;"1,400,000.5";80%\nSelf-serve revenue;2026-13-01;x;\n',
    );
    const plan = planCsvImport('measurements', csv, guessMapping('measurements', csv.columns), pack, 'c.csv', NOW);
    expect(plan.errors).toEqual(['Row 3, column “Actual”: “x” is not a number']);
    const good = planCsvImport(
      'measurements',
      { ...csv, rows: csv.rows.slice(0, 1) },
      guessMapping('measurements', csv.columns),
      pack,
      'c.csv',
      NOW,
    );
    expect(good.pack.measurements).toEqual([
      {
        id: expect.stringMatching(/^ms-csv-/),
        targetId: 'bt-ssr',
        value: 1_400_000.5,
        at: '2026-12-01',
        confidence: 0.8,
      },
    ]);
    await importPack(db, good.pack, 'merge', NOW);
    expect(await db.measurements.count()).toBe(3);
  });

  it('refuses a file without a header or rows', () => {
    expect(readCsv('')).toMatchObject({ ok: false });
    expect(readCsv('item,objective\n')).toEqual({
      ok: false,
      errors: ['The file has a header row but no rows of data.'],
    });
  });
});

describe('CSV export', () => {
  it('writes every field of a list as columns, nested ones flattened, formulas defused', async () => {
    const { pack } = await stored();
    const objectives = listCsv(pack, 'objectives').split('\r\n');
    expect(objectives[0]).toBe('id,code,title,themeId,parentId,owner,status,period.start,period.end,url');
    expect(objectives[1]).toMatch(
      /^ob-grow-1,GROW-1,Win new markets,th-growth,,Dana Smith,active,2026-01-01,2026-12-31,https:/,
    );
    const rules = listCsv(pack, 'rules').split('\r\n');
    expect(rules[0]).toBe('id,objectiveId,tracker,site,match.kind,match.value,enabled');
    const hostile = listCsv({ ...pack, themes: [{ id: 'th-x', name: '=HYPERLINK("http://evil")' }] }, 'themes');
    expect(hostile).toContain(`'=HYPERLINK`);
    const back = readCsv(listCsv(pack, 'links'));
    expect(back.ok && back.table.rows[0]?.[1]).toBe('jira:acme.atlassian.net:PAY-42');
  });
});
