import { defineAdapter, type FoundItem } from './adapter';
import { workItemId, workItemUrl } from './azure-devops-ids';
import {
  editLink,
  legacyBoardTile,
  legacyHubTitle,
  legacyTileContent,
  legacyTileTitle,
} from './azure-devops-selectors';
import { type AzureDevOpsSite, azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';
import { textOf } from './dom';

/**
 * Cards of the legacy Kanban board (`/_backlogs/board/…`) of an Azure DevOps
 * Server (TFS) without the New Boards Hub: `.board-tile[data-item-id]`
 * cards in `.agile-board`, as public userscripts for those versions find them.
 */
export const azureDevOpsLegacyBoard = defineAdapter({
  name: 'azure-devops-legacy-board',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  page: azureDevOpsSite,
  container: legacyBoardTile,
  marker: editLink,
  // The legacy card links nothing: it is found by itself.
  standalone: true,
  read: readTile,
  summaryAnchors: [legacyHubTitle],
});

function readTile(tile: Element, ado: AzureDevOpsSite): FoundItem | null {
  // A card being added has a negative id until it is saved; workItemId refuses it.
  const id = workItemId(tile.getAttribute('data-item-id'));
  if (!id) return null;
  return {
    ref: { tracker: 'azure-devops', site: ado.site, key: id },
    anchor: tile.querySelector(legacyTileContent) ?? tile,
    placement: 'append',
    kind: 'card',
    container: tile,
    title: textOf(tile.querySelector(legacyTileTitle)),
    url: workItemUrl(ado, id),
  };
}
