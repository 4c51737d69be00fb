// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import { azureDevOpsKanban } from '../../../../lib/trackers/azure-devops-kanban';
import { fixtureFiles, fixtureUrls, itemFor, keys, loadFixture, recreate } from '../asana/load';

const CARDS = [101, 105, 106, 107, 108, 109, 102, 103, 110, 111, 112, 113, 104, 114, 115, 116, 117, 118, 119, 120].map(
  String,
);
const DIALOG_BOARD = [123, 124, 102, 125, 126, 127, 128, 129].map(String);

describe('azure-devops-kanban', () => {
  it('finds every card of the board, and not the card being added', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const items = azureDevOpsKanban.find(doc, url);
    expect(keys(items)).toEqual(CARDS);
    expect(new Set(keys(items)).size).toBe(20);
  });

  it('reads a card: chips under its first row, title, state, area path and URL', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const item = itemFor(azureDevOpsKanban.find(doc, url), '102');
    const card = doc.querySelector('[data-itemid="102"]');
    expect(item.ref).toEqual({ tracker: 'azure-devops', site: 'dev.azure.com/contoso', key: '102' });
    expect(item.kind).toBe('card');
    expect(item.container).toBe(card);
    expect(item.anchor).toBe(card?.querySelector('.card-context-menu')?.parentElement);
    expect(item.placement).toBe('after');
    expect(item.title).toBe('Self-serve upgrade from the usage prompt');
    expect(item.status).toBe('Active');
    expect(item.url).toBe('https://dev.azure.com/contoso/_workitems/edit/102');
    expect(item.facts).toEqual({ areaPath: 'Platform\\Billing', labels: ['upgrade', 'q3'] });
  });

  it('leaves the area path out when the card does not show it', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    expect(itemFor(azureDevOpsKanban.find(doc, url), '107').facts).toBeUndefined();
  });

  it('keeps a long area path whole, and leaves out one too long to pass', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const value = doc.querySelector('[data-itemid="101"] .field-container:nth-child(3) .value .text-ellipsis');
    const long = `Platform${'\\Team'.repeat(70)}`;
    if (value) value.textContent = long;
    expect(itemFor(azureDevOpsKanban.find(doc, url), '101').facts).toEqual({ areaPath: long, labels: ['pricing'] });
    if (value) value.textContent = `Platform${'\\Team'.repeat(100)}`;
    expect(itemFor(azureDevOpsKanban.find(doc, url), '101').facts).toEqual({ labels: ['pricing'] });
  });

  it("puts the chips on a line under the card's first row when the menu is missing", () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const item = itemFor(azureDevOpsKanban.find(doc, url), '112');
    expect(item.anchor).toBe(item.container.firstElementChild);
    expect(item.placement).toBe('after');
  });

  it('keeps a hostile title as text', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const item = itemFor(azureDevOpsKanban.find(doc, url), '108');
    expect(item.title).toBe('<img src=x onerror=alert(1)>');
    expect(item.container.querySelector('img')).toBeNull();
  });

  it('reads the id from the card link when the card has no data-itemid', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    doc.querySelector('[data-itemid="105"]')?.removeAttribute('data-itemid');
    expect(keys(azureDevOpsKanban.find(doc, url))).toEqual(CARDS);
  });

  it('drops cards whose id is not one', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const card = doc.querySelector('[data-itemid="106"]');
    card?.setAttribute('data-itemid', '1e3');
    card?.querySelector('a')?.setAttribute('href', 'javascript:alert(1)');
    expect(keys(azureDevOpsKanban.find(doc, url))).toEqual(CARDS.filter((id) => id !== '106'));
  });

  it('gives one item per card when a wrapper carries the id too', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const card = doc.querySelector('[data-itemid="101"]') as Element;
    const wrapper = doc.createElement('div');
    wrapper.setAttribute('data-itemid', '101');
    card.replaceWith(wrapper);
    wrapper.append(card);
    expect(keys(azureDevOpsKanban.find(doc, url))).toEqual(CARDS);
  });

  it('finds a re-created card again, at its new anchor', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const copy = recreate(doc.querySelector('[data-itemid="110"]') as Element);
    const item = itemFor(azureDevOpsKanban.find(doc, url), '110');
    expect(item.container).toBe(copy);
    expect(item.anchor).toBe(copy.querySelector('.card-context-menu')?.parentElement);
  });

  it('gives one item for a card handed over as the root, and for its link', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    const card = doc.querySelector('[data-itemid="103"]') as Element;
    expect(keys(azureDevOpsKanban.find(card, url))).toEqual(['103']);
    expect(keys(azureDevOpsKanban.find(card.querySelector('a') as Element, url))).toEqual(['103']);
  });

  it('finds the cards under a work item dialog', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-dialog.html');
    expect(keys(azureDevOpsKanban.find(doc, url))).toEqual(DIALOG_BOARD);
  });

  it('gives the same canonical ids on both hosts', () => {
    const [cloud, legacy] = fixtureUrls('azure-devops')['kanban.html'] ?? [];
    const ids = (href?: string) => {
      const { doc, url } = loadFixture('azure-devops', 'kanban.html', href);
      return azureDevOpsKanban.find(doc, url).map((item) => formatItemId(item.ref));
    };
    expect(ids(legacy)).toEqual(ids(cloud));
    expect(ids(cloud)).toContain('azure-devops:dev.azure.com/contoso:101');
  });

  it('gives ids on the collection of an Azure DevOps Server', () => {
    const href = 'https://tfs.fabrikam.local/tfs/DefaultCollection/Platform/_boards/board/t/Platform%20Team/Stories';
    const { doc, url } = loadFixture('azure-devops', 'kanban.html', href);
    const item = itemFor(azureDevOpsKanban.find(doc, url), '101');
    expect(formatItemId(item.ref)).toBe('azure-devops:tfs.fabrikam.local/tfs/defaultcollection:101');
    expect(item.url).toBe('https://tfs.fabrikam.local/tfs/DefaultCollection/_workitems/edit/101');
  });

  it('puts the summary after the pivot bar, else after the header', () => {
    const { doc, url } = loadFixture('azure-devops', 'kanban.html');
    expect(azureDevOpsKanban.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.bolt-tabbar'));
    doc.querySelector('.bolt-tabbar')?.remove();
    expect(azureDevOpsKanban.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.bolt-header'));
  });

  it.each(fixtureFiles('azure-devops').filter((file) => !['kanban.html', 'work-item-dialog.html'].includes(file)))(
    'finds nothing on %s',
    (file) => {
      const { doc, url } = loadFixture('azure-devops', file);
      expect(azureDevOpsKanban.find(doc, url)).toEqual([]);
    },
  );
});
