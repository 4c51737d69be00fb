// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import { azureDevOpsQueryResults } from '../../../../lib/trackers/azure-devops-query-results';
import { fixtureFiles, fixtureUrls, itemFor, keys, loadFixture, recreate } from '../asana/load';

const ROWS = [104, 106, 108, 110, 111, 113, 114, 124, 125, 127].map(String);

describe('azure-devops-query-results', () => {
  it('finds every result row with a work item link', () => {
    const { doc, url } = loadFixture('azure-devops', 'query-results.html');
    expect(keys(azureDevOpsQueryResults.find(doc, url))).toEqual(ROWS);
  });

  it('reads a row: badge in the title cell, title and URL', () => {
    const { doc, url } = loadFixture('azure-devops', 'query-results.html');
    const item = itemFor(azureDevOpsQueryResults.find(doc, url), '110');
    const link = doc.querySelector('a[href$="/_workitems/edit/110"]');
    expect(item.ref).toEqual({ tracker: 'azure-devops', site: 'dev.azure.com/contoso', key: '110' });
    expect(item.kind).toBe('row');
    expect(item.container).toBe(link?.closest('tr'));
    expect(item.anchor).toBe(link?.closest('td'));
    expect(item.placement).toBe('append');
    expect(item.title).toBe('Checkout button overlaps the footer on small screens');
    expect(item.url).toBe('https://dev.azure.com/contoso/_workitems/edit/110');
  });

  it('keeps a hostile title as text', () => {
    const { doc, url } = loadFixture('azure-devops', 'query-results.html');
    const item = itemFor(azureDevOpsQueryResults.find(doc, url), '108');
    expect(item.title).toBe('<img src=x onerror=alert(1)>');
    expect(item.container.querySelector('img')).toBeNull();
  });

  it('finds a re-created row again, at its new anchor', () => {
    const { doc, url } = loadFixture('azure-devops', 'query-results.html');
    const copy = recreate(doc.querySelector('a[href$="/_workitems/edit/111"]')?.closest('tr') as Element);
    expect(itemFor(azureDevOpsQueryResults.find(doc, url), '111').anchor).toBe(copy.querySelector('a')?.closest('td'));
  });

  it('keeps to the queries hub', () => {
    const { doc } = loadFixture('azure-devops', 'query-results.html');
    expect(
      azureDevOpsQueryResults.applies(new URL('https://dev.azure.com/contoso/Platform/_queries/query/1/'), doc),
    ).toBe(true);
    expect(
      azureDevOpsQueryResults.applies(new URL('https://dev.azure.com/contoso/Platform/_backlogs/backlog'), doc),
    ).toBe(false);
  });

  it('leaves backlog rows and the links of a work item form to their own adapters', () => {
    for (const file of ['backlog.html', 'work-item-page.html']) {
      const { doc } = loadFixture('azure-devops', file);
      const url = new URL('https://dev.azure.com/contoso/Platform/_queries/query/1/');
      expect(azureDevOpsQueryResults.find(doc, url)).toEqual([]);
    }
  });

  it('reads the area path, type and tags the columns show', () => {
    const { doc, url } = loadFixture('azure-devops', 'query-results.html');
    const items = azureDevOpsQueryResults.find(doc, url);
    expect(itemFor(items, '127').facts).toEqual({ areaPath: 'Platform\\Checkout', type: 'Bug', labels: ['sev1'] });
    expect(itemFor(items, '108').facts).toEqual({ areaPath: 'Platform\\Web', type: 'User Story' });
  });

  it('gives the same canonical ids on both hosts', () => {
    const ids = (href?: string) => {
      const { doc, url } = loadFixture('azure-devops', 'query-results.html', href);
      return azureDevOpsQueryResults.find(doc, url).map((item) => formatItemId(item.ref));
    };
    const [cloud, legacy] = fixtureUrls('azure-devops')['query-results.html'] ?? [];
    expect(ids(legacy)).toEqual(ids(cloud));
  });

  it('puts the summary after the pivot bar', () => {
    const { doc, url } = loadFixture('azure-devops', 'query-results.html');
    expect(azureDevOpsQueryResults.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.bolt-tabbar'));
  });

  // Grid rows with work item links exist on other hubs too (a taskboard's rows): the hub check keeps them out.
  it.each(fixtureFiles('azure-devops').filter((file) => file !== 'query-results.html'))(
    'finds nothing on %s',
    (file) => {
      const { doc, url } = loadFixture('azure-devops', file);
      const found = azureDevOpsQueryResults.applies(url, doc) ? azureDevOpsQueryResults.find(doc, url) : [];
      expect(found).toEqual([]);
    },
  );
});
