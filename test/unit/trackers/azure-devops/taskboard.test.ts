// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import { azureDevOpsTaskboard } from '../../../../lib/trackers/azure-devops-taskboard';
import { fixtureFiles, fixtureUrls, itemFor, keys, loadFixture, recreate } from '../asana/load';

const CARDS = [130, 122, 131, 121, 132, 133, 134, 135, 136, 137, 138, 104, 139].map(String);

describe('azure-devops-taskboard', () => {
  it('finds every card of the taskboard, and not the parents heading its rows', () => {
    const { doc, url } = loadFixture('azure-devops', 'taskboard.html');
    const items = azureDevOpsTaskboard.find(doc, url);
    expect(keys(items)).toEqual(CARDS);
    expect(keys(items)).not.toContain('101');
  });

  it('reads a card as on the Kanban board', () => {
    const { doc, url } = loadFixture('azure-devops', 'taskboard.html');
    const item = itemFor(azureDevOpsTaskboard.find(doc, url), '122');
    const card = doc.querySelector('[data-itemid="122"]');
    expect(item.ref).toEqual({ tracker: 'azure-devops', site: 'dev.azure.com/contoso', key: '122' });
    expect(item.kind).toBe('card');
    expect(item.container).toBe(card);
    expect(item.anchor).toBe(card?.querySelector('.card-context-menu')?.parentElement);
    expect(item.placement).toBe('after');
    expect(item.title).toBe('Review pricing copy with marketing');
    expect(item.status).toBe('In Progress');
    expect(item.url).toBe('https://dev.azure.com/contoso/_workitems/edit/122');
    expect(item.facts).toEqual({ areaPath: 'Platform\\Web', parent: '101' });
    // Card 136 has no menu: the chips go under its first row all the same.
    const menuless = itemFor(azureDevOpsTaskboard.find(doc, url), '136');
    expect(menuless.anchor).toBe(menuless.container.firstElementChild);
    expect(menuless.placement).toBe('after');
  });

  it('gives each card the parent heading its row, and none in the unparented row', () => {
    const { doc, url } = loadFixture('azure-devops', 'taskboard.html');
    const items = azureDevOpsTaskboard.find(doc, url);
    expect(itemFor(items, '133').facts?.parent).toBe('102');
    expect(itemFor(items, '137').facts).toEqual({ parent: '103' });
    expect(itemFor(items, '139').facts).toBeUndefined();
  });

  it('keeps a hostile title as text', () => {
    const { doc, url } = loadFixture('azure-devops', 'taskboard.html');
    const item = itemFor(azureDevOpsTaskboard.find(doc, url), '134');
    expect(item.title).toBe('<img src=x onerror=alert(1)>');
    expect(item.container.querySelector('img')).toBeNull();
  });

  it('finds a re-created card again, at its new anchor', () => {
    const { doc, url } = loadFixture('azure-devops', 'taskboard.html');
    const copy = recreate(doc.querySelector('[data-itemid="131"]') as Element);
    expect(itemFor(azureDevOpsTaskboard.find(doc, url), '131').anchor).toBe(
      copy.querySelector('.card-context-menu')?.parentElement,
    );
  });

  it('gives the same canonical ids on both hosts', () => {
    const ids = (href?: string) => {
      const { doc, url } = loadFixture('azure-devops', 'taskboard.html', href);
      return azureDevOpsTaskboard.find(doc, url).map((item) => formatItemId(item.ref));
    };
    const [cloud, legacy] = fixtureUrls('azure-devops')['taskboard.html'] ?? [];
    expect(ids(legacy)).toEqual(ids(cloud));
  });

  it('puts the summary after the pivot bar', () => {
    const { doc, url } = loadFixture('azure-devops', 'taskboard.html');
    expect(azureDevOpsTaskboard.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.bolt-tabbar'));
  });

  it.each(fixtureFiles('azure-devops').filter((file) => file !== 'taskboard.html'))('finds nothing on %s', (file) => {
    const { doc, url } = loadFixture('azure-devops', file);
    expect(azureDevOpsTaskboard.find(doc, url)).toEqual([]);
  });
});
