// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { azureDevOpsLegacyBacklog } from '../../../../lib/trackers/azure-devops-legacy-backlog';
import { AZURE_DEVOPS_ADAPTERS } from '../../../../lib/trackers/azure-devops-registry';
import { itemFor, keys, loadFixture, recreate } from '../asana/load';

const ROWS = ['201', '202', '203', '204', '205', '206', '207', '208'];

describe('azure-devops-legacy-backlog', () => {
  it('finds each rendered row by its ID column, and not the header or an unsaved row', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-backlog.html');
    expect(keys(azureDevOpsLegacyBacklog.find(doc, url))).toEqual(ROWS);
  });

  it('reads a row: badge in the title cell, title and state by their columns', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-backlog.html');
    const item = itemFor(azureDevOpsLegacyBacklog.find(doc, url), '205');
    const row = doc.getElementById('row_vss_12_4')!;
    expect(item).toMatchObject({
      ref: { tracker: 'azure-devops', site: 'tfs.example.test/tfs/defaultcollection', key: '205' },
      kind: 'row',
      placement: 'append',
      title: 'Usage alerts at 80% of the plan',
      status: 'Active',
      url: 'https://tfs.example.test/tfs/DefaultCollection/_workitems/edit/205',
    });
    expect(item.container).toBe(row);
    expect(item.anchor).toBe(row.children[2]);
  });

  it('takes the id from a title link when the ID column is hidden', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-backlog.html');
    for (const column of doc.querySelectorAll('.grid-header-column[title="ID"]')) column.setAttribute('title', 'Tags');
    expect(keys(azureDevOpsLegacyBacklog.find(doc, url))).toEqual(['204']);
  });

  it('finds a row again when the grid re-creates it while scrolling', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-backlog.html');
    const fresh = recreate(doc.getElementById('row_vss_12_2')!);
    expect(keys(azureDevOpsLegacyBacklog.find(fresh, url))).toEqual(['203']);
  });

  it('keeps to the backlog, and is the only adapter finding items there', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-backlog.html');
    expect(
      azureDevOpsLegacyBacklog.applies(new URL(url.href.replace('_backlogs/backlog', '_backlogs/board')), doc),
    ).toBe(false);
    const others = AZURE_DEVOPS_ADAPTERS.filter((adapter) => adapter !== azureDevOpsLegacyBacklog);
    expect(others.filter((adapter) => adapter.applies(url, doc)).flatMap((adapter) => adapter.find(doc, url))).toEqual(
      [],
    );
  });
});
