// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import { azureDevOpsBacklog } from '../../../../lib/trackers/azure-devops-backlog';
import { fixtureFiles, fixtureUrls, itemFor, keys, loadFixture, recreate } from '../asana/load';

const ROWS = [101, 121, 122, 102, 103, 104, 105, 106, 107, 108, 109, 111, 112, 113, 115].map(String);

describe('azure-devops-backlog', () => {
  it('finds every rendered row, children included, and not the header or a row without a work item link', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    const items = azureDevOpsBacklog.find(doc, url);
    expect(keys(items)).toEqual(ROWS);
    // The grid is virtualized: it knows of more rows than it renders.
    expect(Number(doc.querySelector('table.backlog-tree')?.getAttribute('aria-rowcount'))).toBeGreaterThan(
      items.length,
    );
  });

  it('reads a row: badge in the title cell, title and URL', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    const item = itemFor(azureDevOpsBacklog.find(doc, url), '103');
    const link = doc.querySelector('a.work-item-title-link[href$="/_workitems/edit/103"]');
    expect(item.ref).toEqual({ tracker: 'azure-devops', site: 'dev.azure.com/contoso', key: '103' });
    expect(item.kind).toBe('row');
    expect(item.container).toBe(link?.closest('[role="row"]'));
    expect(item.anchor).toBe(link?.closest('td'));
    expect(item.placement).toBe('append');
    expect(item.title).toBe('Migrate the marketing site to the new CMS');
    expect(item.url).toBe('https://dev.azure.com/contoso/_workitems/edit/103');
  });

  it('keeps a hostile title as text', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    const item = itemFor(azureDevOpsBacklog.find(doc, url), '108');
    expect(item.title).toBe('<img src=x onerror=alert(1)>');
    expect(item.container.querySelector('img')).toBeNull();
  });

  it('reads any work item link when the title link has lost its class', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    doc.querySelector('a[href$="/_workitems/edit/105"]')?.classList.remove('work-item-title-link');
    expect(keys(azureDevOpsBacklog.find(doc, url))).toEqual(ROWS);
  });

  it('finds a re-created row again, at its new anchor', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    const row = doc.querySelector('a[href$="/_workitems/edit/107"]')?.closest('tr') as Element;
    const copy = recreate(row);
    const item = itemFor(azureDevOpsBacklog.find(doc, url), '107');
    expect(item.container).toBe(copy);
    expect(item.anchor).toBe(copy.querySelector('a.work-item-title-link')?.closest('td'));
  });

  it('gives one item for a row handed over as the root, and for its link', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    const link = doc.querySelector('a[href$="/_workitems/edit/109"]') as Element;
    expect(keys(azureDevOpsBacklog.find(link.closest('tr') as Element, url))).toEqual(['109']);
    expect(keys(azureDevOpsBacklog.find(link, url))).toEqual(['109']);
  });

  it("reads what the columns show, by their names, and a child row's parent from the tree", () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    const items = azureDevOpsBacklog.find(doc, url);
    expect(itemFor(items, '101').facts).toEqual({
      iterationPath: 'Platform\\Sprint 12',
      type: 'User Story',
      labels: ['pricing'],
    });
    expect(itemFor(items, '121').facts).toEqual({ iterationPath: 'Platform\\Sprint 12', type: 'Task', parent: '101' });
    expect(itemFor(items, '102').facts?.labels).toEqual(['upgrade', 'q3']);
  });

  it('reads columns in another order, and leaves out those the grid does not show', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    for (const row of doc.querySelectorAll('tr')) row.lastElementChild?.remove();
    const header = doc.querySelector('thead tr');
    const [order, type] = [...(header?.querySelectorAll('[role="columnheader"]') ?? [])];
    if (order && type) {
      order.textContent = 'Work Item Type';
      type.textContent = 'Order';
    }
    const item = itemFor(azureDevOpsBacklog.find(doc, url), '104');
    expect(item.facts).toEqual({ iterationPath: 'Platform\\Sprint 12', type: '6' });
  });

  it('gives the same canonical ids on both hosts', () => {
    const ids = (href?: string) => {
      const { doc, url } = loadFixture('azure-devops', 'backlog.html', href);
      return azureDevOpsBacklog.find(doc, url).map((item) => formatItemId(item.ref));
    };
    const [cloud, legacy] = fixtureUrls('azure-devops')['backlog.html'] ?? [];
    expect(ids(legacy)).toEqual(ids(cloud));
  });

  it('puts the summary after the pivot bar', () => {
    const { doc, url } = loadFixture('azure-devops', 'backlog.html');
    expect(azureDevOpsBacklog.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.bolt-tabbar'));
  });

  it.each(fixtureFiles('azure-devops').filter((file) => file !== 'backlog.html'))('finds nothing on %s', (file) => {
    const { doc, url } = loadFixture('azure-devops', file);
    expect(azureDevOpsBacklog.find(doc, url)).toEqual([]);
  });
});
