// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asanaList } from '../../../../lib/trackers/asana-list';
import { fixtureFiles, itemFor, keys, loadFixture, recreate } from './load';

const PROJECT = '1209000000000001';
const gid = (n: number) => `1209000000000${n}`;
const LIST = [101, 102, 201, 202, 203, 103, 104, 204, 205, 206, 207, 208, 209, 210, 211].map(gid);
const MY_TASKS = [212, 101, 213, 214, 103, 216, 217, 218].map(gid);
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('asana-list', () => {
  it("finds every task row of a project's list, and no draft or section row", () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const items = asanaList.find(doc, url);
    expect(keys(items)).toEqual(LIST);
    expect(new Set(keys(items)).size).toBe(15);
  });

  it('reads a row: anchor after the task name, title, URL and project', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const item = itemFor(asanaList.find(doc, url), gid(101));
    const row = doc.getElementById(`lui_11_${gid(101)}`)?.closest('.SpreadsheetRow');
    expect(item.ref).toEqual({ tracker: 'asana', site: 'app.asana.com', key: gid(101) });
    expect(item.kind).toBe('row');
    expect(item.container).toBe(row);
    expect(item.anchor).toBe(row?.querySelector('.SpreadsheetTaskName'));
    expect(item.placement).toBe('after');
    expect(item.title).toBe('Design the new pricing page');
    expect(item.url).toBe(`https://app.asana.com/0/${PROJECT}/${gid(101)}`);
    expect(item.facts).toEqual({ projects: [PROJECT], sections: ['To do'] });
  });

  it('keeps a hostile task name as text', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const item = itemFor(asanaList.find(doc, url), gid(207));
    expect(item.title).toBe(HOSTILE);
    expect(item.container.querySelector('img')).toBeNull();
  });

  it('reads a row without the name textarea from its task link', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const item = itemFor(asanaList.find(doc, url), gid(211));
    expect(item.title).toBe('Draft the launch announcement post');
    expect(item.anchor).toBe(item.container.querySelector('.SpreadsheetTaskName'));
  });

  it('drops rows whose textarea id does not end with a gid', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const input = doc.getElementById(`lui_12_${gid(102)}`);
    if (input) input.id = 'lui_12_javascript:alert(1)';
    expect(keys(asanaList.find(doc, url))).not.toContain(gid(102));
    expect(asanaList.find(doc, url)).toHaveLength(14);
  });

  it('finds a re-created row again, at its new anchor', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const row = doc.getElementById(`lui_13_${gid(201)}`)?.closest('.SpreadsheetRow') as Element;
    const copy = recreate(row);
    const items = asanaList.find(doc, url);
    expect(keys(items)).toEqual(LIST);
    expect(itemFor(items, gid(201)).anchor).toBe(copy.querySelector('.SpreadsheetTaskName'));
    expect(row.isConnected).toBe(false);
  });

  it('gives one item for a row handed over as the root, and for a part of it', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    const input = doc.getElementById(`lui_11_${gid(101)}`) as Element;
    expect(keys(asanaList.find(input.closest('.SpreadsheetRow') as Element, url))).toEqual([gid(101)]);
    expect(keys(asanaList.find(input, url))).toEqual([gid(101)]);
  });

  it('finds My Tasks rows, from every project', () => {
    const { doc, url } = loadFixture('asana', 'my-tasks.html');
    const items = asanaList.find(doc, url);
    expect(keys(items)).toEqual(MY_TASKS);
    expect(itemFor(items, gid(213)).title).toBe('Prepare pricing experiment readout');
  });

  it('puts the summary after the toolbar, else after the page header', () => {
    const { doc, url } = loadFixture('asana', 'list.html');
    expect(asanaList.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.PageToolbarStructure'));
    doc.querySelector('.PageToolbarStructure')?.remove();
    expect(asanaList.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.ProjectPageHeader'));
  });

  it.each(fixtureFiles('asana').filter((file) => !['list.html', 'my-tasks.html'].includes(file)))(
    'finds nothing on %s',
    (file) => {
      const { doc, url } = loadFixture('asana', file);
      expect(asanaList.find(doc, url)).toEqual([]);
    },
  );
});
