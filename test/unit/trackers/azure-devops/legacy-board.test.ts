// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { azureDevOpsLegacyBoard } from '../../../../lib/trackers/azure-devops-legacy-board';
import { AZURE_DEVOPS_ADAPTERS } from '../../../../lib/trackers/azure-devops-registry';
import { itemFor, keys, loadFixture, recreate } from '../asana/load';

const CARDS = ['201', '202', '203', '204', '205', '206', '207', '208'];

describe('azure-devops-legacy-board', () => {
  it('finds every card of a Server board without the New Boards Hub, and not the card being added', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-board.html');
    expect(azureDevOpsLegacyBoard.applies(url, doc)).toBe(true);
    expect(keys(azureDevOpsLegacyBoard.find(doc, url))).toEqual(CARDS);
  });

  it('reads a card: the collection as its site, badge in its content block, title as text', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-board.html');
    const items = azureDevOpsLegacyBoard.find(doc, url);
    const item = itemFor(items, '201');
    const tile = doc.querySelector('[data-item-id="201"]');
    expect(item.ref).toEqual({ tracker: 'azure-devops', site: 'tfs.example.test/tfs/defaultcollection', key: '201' });
    expect(item).toMatchObject({
      kind: 'card',
      placement: 'append',
      title: 'Self-serve upgrade from the usage prompt',
    });
    expect(item.container).toBe(tile);
    expect(item.anchor).toBe(tile?.querySelector('.board-tile-content'));
    expect(item.url).toBe('https://tfs.example.test/tfs/DefaultCollection/_workitems/edit/201');
    expect(itemFor(items, '208').title).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img')).toBeNull();
  });

  it('finds a card again when the board re-creates it, from the card alone', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-board.html');
    const fresh = recreate(doc.querySelector('[data-item-id="205"]')!);
    expect(keys(azureDevOpsLegacyBoard.find(fresh, url))).toEqual(['205']);
  });

  it('puts its summary after the hub title, and is the only adapter finding items there', () => {
    const { doc, url } = loadFixture('azure-devops', 'legacy-board.html');
    expect(azureDevOpsLegacyBoard.summaryAnchor?.(doc)).toBe(doc.querySelector('.hub-title'));
    const others = AZURE_DEVOPS_ADAPTERS.filter((adapter) => adapter !== azureDevOpsLegacyBoard);
    expect(others.filter((adapter) => adapter.applies(url, doc)).flatMap((adapter) => adapter.find(doc, url))).toEqual(
      [],
    );
  });
});
